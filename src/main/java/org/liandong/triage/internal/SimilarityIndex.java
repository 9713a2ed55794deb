package org.liandong.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.liandong.shared.text.ChineseAnalyzer;
import org.liandong.triage.internal.model.TextFeatures;

/**
 * An in-memory Lucene index (smartcn words) of order texts. Candidates come from a BM25 search for the request's
 * words; they are then scored by the TF-IDF cosine of the two texts, which (unlike BM25) lies in [0, 1] and so can
 * be compared across requests and against a threshold.
 */
final class SimilarityIndex {

	/** Only this many distinct words of a text, the rarest, go into the candidate query. */
	private static final int MAX_QUERY_TERMS = 24;

	/**
	 * Indexed with frequencies. A candidate's words for the cosine are stored as a field of their own ({@link
	 * #WORDS}), not as a term vector: writing and merging term vectors was a tenth of the platform's work at a
	 * sustained intake (the merges rebuild each document's vector), and their compiled code some of the JIT's.
	 */
	private static final FieldType TEXT = new FieldType();

	static {
		TEXT.setTokenized(true);
		TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		TEXT.freeze();
	}

	/** The stored field with a text's words, in order, separated by {@link #WORD_SEPARATOR}. */
	private static final String WORDS = "words";

	/** Separates the stored words (a segmented word holds no control character). */
	private static final char WORD_SEPARATOR = '\u001f';

	private final Analyzer analyzer = new ChineseAnalyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/** Set by a write, taken by the next search: a reader is reopened only when a search needs the new texts. */
	private final AtomicBoolean stale = new AtomicBoolean();

	/**
	 * A search sees writes at most this old: under load a reader reopened for every search would cost more than the
	 * search (and leave many tiny segments to merge).
	 */
	private final long reopenNanos;

	private volatile long reopenedAt = System.nanoTime();

	/**
	 * Each word with its document frequency over the texts put, and their number, kept by the index itself: asking a
	 * Lucene reader for them seeks every segment, which was the largest part of a search's cost, and its answer
	 * changes with every reopen. A text put again (an edited order) counts its words again: the weights drift by one
	 * document, which a weight does not notice.
	 */
	private final Map<String, Word> vocabulary = new ConcurrentHashMap<>();

	private final AtomicInteger documents = new AtomicInteger();

	/** The next word's {@link Word#id}. */
	private final AtomicInteger wordIds = new AtomicInteger();

	/** Each word's document frequency, by its id. */
	private final WordFrequencies frequencies = new WordFrequencies();

	/** The IDFs of the current epoch, which every search's scores are worked out with ({@link #idfs()}). */
	private volatile Idfs idfs = Idfs.NONE;

	/** Held while a new epoch's IDFs are worked out (by one search; the others go on with the current ones). */
	private final java.util.concurrent.locks.ReentrantLock epochs = new java.util.concurrent.locks.ReentrantLock();

	/** The recent placed texts by street and grid cell, for neighbourhood searches answered in memory. */
	private final Neighbourhoods neighbourhoods;

	/** A word of the index; one object per word, shared by the texts that hold it, and equal only to itself. */
	static final class Word {

		private final String text;

		/**
		 * The word's number in its index, from 0 in the order of first use: what the neighbourhood scan compares, so
		 * that it need not visit the word object itself for a word it has met already, and its key in {@link Idfs}.
		 */
		final int id;

		private Word(String text, int id) {
			this.text = text;
			this.id = id;
		}

		@Override
		public String toString() {
			return text;
		}
	}

	/** The words of the texts read last (at most this many; a few tens of megabytes). */
	private static final int RECENT_WORDS = 10_000;

	private final Map<String, Map<String, Integer>> recentWords = new java.util.LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Map<String, Integer>> eldest) {
			return size() > RECENT_WORDS;
		}
	};

	/**
	 * One hit: the order id and the cosine similarity of its text to the request, and where a neighbourhood's search
	 * was answered in memory, the order's place as put (null otherwise).
	 */
	record Hit(String id, double score, Place place) {

		Hit(String id, double score) {
			this(id, score, null);
		}
	}

	/** An index whose searches see every write made before them, and eight days of neighbourhoods in memory. */
	SimilarityIndex() {
		this(java.time.Duration.ZERO, java.time.Duration.ofDays(8));
	}

	/**
	 * An index whose text searches may miss writes younger than {@code staleness}, and which answers neighbourhood
	 * searches since up to {@code neighbourhoodRetention} before its newest order in memory (these see every write).
	 */
	SimilarityIndex(java.time.Duration staleness, java.time.Duration neighbourhoodRetention) {
		this.reopenNanos = staleness.toNanos();
		this.neighbourhoods = new Neighbourhoods(neighbourhoodRetention);
		try {
			writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Where and when an order was taken in, for searches restricted to a neighbourhood (duplicates): its street or
	 * town (the 9-digit prefix of its region code, or null), its WGS-84 point (or nulls) and its creation time; and,
	 * kept with it in memory and given back with a neighbourhood's hits, its whole region code and its address.
	 */
	record Place(String street, Double lat, Double lon, Instant createdAt, String regionCode, String address) {

		static final Place NONE = new Place(null, null, null, null);

		Place(String street, Double lat, Double lon, Instant createdAt) {
			this(street, lat, lon, createdAt, null, null);
		}
	}

	/**
	 * A search restricted to orders taken in since {@code since} that lie in {@code street} or within
	 * {@code meters} of the point; with neither a street nor a point only the time applies.
	 */
	record Near(String street, Double lat, Double lon, double meters, Instant since) {
	}

	/** Adds or replaces the order's text (idempotent). */
	void put(String id, String text) {
		put(id, text, Place.NONE);
	}

	/** Adds or replaces the order's text with its place and time (idempotent). */
	void put(String id, String text, Place place) {
		Document doc = new Document();
		doc.add(new StringField("id", id, Field.Store.NO));
		// the id as a doc value: reading it for a hit costs a lookup, not the decompression of a stored-fields block
		doc.add(new SortedDocValuesField("id", new BytesRef(id)));
		// the words segmented once, for the index and for the word frequencies below
		List<String> words = text == null || text.isBlank() ? List.of() : TextFeatures.words(text);
		doc.add(new Field("text", new Words(words), TEXT));
		doc.add(new StoredField(WORDS, String.join(String.valueOf(WORD_SEPARATOR), words)));
		if (place.street() != null) {
			doc.add(new StringField("street", place.street(), Field.Store.NO));
		}
		if (place.lat() != null && place.lon() != null) {
			doc.add(new LatLonPoint("point", place.lat(), place.lon()));
		}
		if (place.createdAt() != null) {
			doc.add(new LongPoint("created", place.createdAt().toEpochMilli()));
		}
		try {
			writer.updateDocument(new Term("id", id), doc);
			synchronized (recentWords) {
				recentWords.remove(id);
			}
			Map<String, Integer> counts = new java.util.LinkedHashMap<>();
			words.forEach(w -> counts.merge(w, 1, Integer::sum));
			Word[] known = new Word[counts.size()];
			int[] tf = new int[counts.size()];
			int i = 0;
			for (Map.Entry<String, Integer> e : counts.entrySet()) {
				known[i] = vocabulary.computeIfAbsent(e.getKey(),
						w -> new Word(w, wordIds.getAndIncrement()));
				frequencies.increment(known[i].id);
				tf[i++] = e.getValue();
			}
			if (place.createdAt() != null) {
				neighbourhoods.put(id, place.createdAt().toEpochMilli(), place.street(), place.lat(), place.lon(),
						place.regionCode(), place.address(), known, tf);
			}
			else {
				neighbourhoods.put(id, 0, null, null, null, null, null, known, tf); // a text without a time leaves them
			}
			documents.incrementAndGet();
			stale.set(true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the order is in the index (a write not yet visible to searches counts as in). */
	boolean contains(String id) {
		return missing(List.of(id)).isEmpty();
	}

	/** The ids of those orders that are not in the index, with one reader for all. */
	List<String> missing(List<String> ids) {
		try {
			if (stale.getAndSet(false)) {
				searchers.maybeRefreshBlocking();
			}
			IndexSearcher searcher = searchers.acquire();
			try {
				List<String> out = new ArrayList<>();
				for (String id : ids) {
					if (searcher.count(new TermQuery(new Term("id", id))) == 0) {
						out.add(id);
					}
				}
				return out;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int size() {
		return writer.getDocStats().numDocs;
	}

	/** Up to {@code candidates} orders whose text resembles {@code text}, best first, without {@code excludeId}. */
	List<Hit> similar(String text, String excludeId, int candidates) {
		return similar(text, excludeId, candidates, null);
	}

	/**
	 * As {@link #similar(String, String, int)}, among the orders near a place and time only (when {@code near} is not
	 * null): the search then scores the neighbourhood's orders, not the whole history.
	 */
	List<Hit> similar(String text, String excludeId, int candidates, Near near) {
		return similar(text, excludeId, candidates, near, 0);
	}

	/**
	 * As {@link #similar(String, String, int, Near)}, those scoring at least {@code floor} only: a search answered in
	 * memory then keeps no order below it among its best, which in a dense street is most of them.
	 */
	List<Hit> similar(String text, String excludeId, int candidates, Near near, double floor) {
		Map<String, Integer> query = terms(text);
		if (query.isEmpty()) {
			return List.of();
		}
		Idfs idfs = idfs();
		if (near != null && near.since() != null
				&& (near.street() != null || near.lat() != null && near.lon() != null)
				&& neighbourhoods.covers(near.since().toEpochMilli())) {
			return similarNearby(query, idfs, excludeId, candidates, near, floor);
		}
		List<Hit> hits = searched(query, idfs, excludeId, candidates, near);
		return floor > 0 ? hits.stream().filter(h -> h.score() >= floor).toList() : hits;
	}

	/** A search of the text index (the whole history, or a neighbourhood beyond the memory's retention). */
	private List<Hit> searched(Map<String, Integer> query, Idfs idfs, String excludeId, int candidates, Near near) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder();
		if (near != null) {
			if (near.since() != null) {
				builder.add(LongPoint.newRangeQuery("created", near.since().toEpochMilli(), Long.MAX_VALUE),
						BooleanClause.Occur.FILTER);
			}
			BooleanQuery.Builder where = new BooleanQuery.Builder();
			if (near.street() != null) {
				where.add(new TermQuery(new Term("street", near.street())), BooleanClause.Occur.SHOULD);
			}
			if (near.lat() != null && near.lon() != null) {
				where.add(LatLonPoint.newDistanceQuery("point", near.lat(), near.lon(), near.meters()),
						BooleanClause.Occur.SHOULD);
			}
			BooleanQuery place = where.build();
			if (!place.clauses().isEmpty()) {
				builder.add(place, BooleanClause.Occur.FILTER);
			}
		}
		try {
			if (System.nanoTime() - reopenedAt >= reopenNanos && stale.getAndSet(false)) {
				reopenedAt = System.nanoTime();
				searchers.maybeRefreshBlocking();
			}
			IndexSearcher searcher = searchers.acquire();
			try {
				// the candidates are found by the rarest words (the cosine below still weighs them all); their
				// statistics for the query are looked up once per reader and shared by every search on it
				Map<String, TermStates> states = generation(searcher).states;
				List<String> rarest = new ArrayList<>(query.keySet());
				rarest.sort((a, b) -> Double.compare(idf(b, idfs), idf(a, idfs)));
				BooleanQuery.Builder words = new BooleanQuery.Builder();
				rarest.stream().limit(MAX_QUERY_TERMS).forEach(t -> words.add(
						new TermQuery(new Term("text", t), states.computeIfAbsent(t, w -> termStates(searcher, w))),
						BooleanClause.Occur.SHOULD));
				builder.add(words.build(), BooleanClause.Occur.MUST);
				List<Hit> out = new ArrayList<>();
				StoredFields stored = searcher.storedFields(); // one per search: it clones per segment
				ScoreDoc[] hits = searcher.search(builder.build(), candidates + 1).scoreDocs;
				String[] ids = ids(searcher, hits);
				for (int i = 0; i < hits.length; i++) {
					if (ids[i] != null && !ids[i].equals(excludeId)) {
						out.add(new Hit(ids[i], round(cosine(query, words(ids[i], stored, hits[i].doc), idfs))));
					}
				}
				out.sort((a, b) -> Double.compare(b.score(), a.score()));
				return out;
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A neighbourhood search answered in memory: every order of the neighbourhood that shares a word is scored. */
	private List<Hit> similarNearby(Map<String, Integer> query, Idfs idfs, String excludeId, int candidates, Near near,
			double floor) {
		Map<Word, Double> weights = new HashMap<>();
		double norm = 0;
		for (Map.Entry<String, Integer> e : query.entrySet()) {
			Word word = vocabulary.get(e.getKey());
			double w = (1 + Math.log(e.getValue())) * (word == null ? idfs.unseen() : idfs.of(word.id));
			norm += w * w;
			if (word != null) {
				weights.put(word, w);
			}
		}
		List<Hit> out = new ArrayList<>();
		for (Neighbourhoods.Scored s : neighbourhoods.similar(weights, norm, idfs, excludeId, near.street(),
				near.lat(), near.lon(), near.meters(), near.since().toEpochMilli(), floor - ROUNDING, candidates)) {
			if (round(s.score()) < floor) {
				continue;
			}
			Neighbourhoods.Entry e = s.entry();
			out.add(new Hit(s.id(), round(s.score()), new Place(e.street, Double.isNaN(e.lat) ? null : e.lat,
					Double.isNaN(e.lon) ? null : e.lon, Instant.ofEpochMilli(e.createdMillis), e.region, e.address)));
		}
		return out;
	}

	/** The orders the searches answered in memory have scored so far (for tests). */
	long scoredInMemory() {
		return neighbourhoods.scored();
	}

	/** The norms the searches answered in memory have worked out so far, not taken as kept (for tests). */
	long normsWorkedOutInMemory() {
		return neighbourhoods.normsWorkedOut();
	}

	/** Whether neighbourhood searches since the time are answered in memory (for tests). */
	boolean answersInMemorySince(Instant since) {
		return neighbourhoods.covers(since.toEpochMilli());
	}

	private double cosine(Map<String, Integer> a, Map<String, Integer> b, Idfs idfs) {
		double dot = 0;
		double na = 0;
		double nb = 0;
		for (Map.Entry<String, Integer> e : a.entrySet()) {
			double idf = idf(e.getKey(), idfs);
			double w = (1 + Math.log(e.getValue())) * idf;
			na += w * w;
			Integer tf = b.get(e.getKey());
			if (tf != null) {
				dot += w * (1 + Math.log(tf)) * idf;
			}
		}
		for (Map.Entry<String, Integer> e : b.entrySet()) {
			double w = (1 + Math.log(e.getValue())) * idf(e.getKey(), idfs);
			nb += w * w;
		}
		return na == 0 || nb == 0 ? 0 : Math.min(1, dot / Math.sqrt(na * nb));
	}

	/** A word's inverse document frequency (smoothed) of the epoch. */
	private double idf(String word, Idfs idfs) {
		Word known = vocabulary.get(word);
		return known == null ? idfs.unseen() : idfs.of(known.id);
	}

	/**
	 * The IDFs of the current epoch, worked out again when the index has grown by a hundredth since or the epoch is
	 * ten minutes old ({@link Idfs#staleAt}), and handed to the neighbourhoods, whose norms they key. Worked out by
	 * one search while the others go on with the epoch before.
	 */
	Idfs idfs() {
		Idfs current = idfs;
		if (current.staleAt(documents.get(), System.nanoTime()) && epochs.tryLock()) {
			try {
				current = idfs;
				int now = documents.get();
				if (current.staleAt(now, System.nanoTime())) {
					current = frequencies.idfs(current.epoch + 1, now, wordIds.get());
					neighbourhoods.use(current);
					idfs = current;
				}
			}
			finally {
				epochs.unlock();
			}
		}
		return current;
	}

	static double idf(int frequency, int documents) {
		return Math.log((1.0 + Math.max(1, documents)) / (1.0 + frequency)) + 1;
	}

	/** The query words' statistics read from one reader, for every search on it. */
	private record Generation(IndexReader reader, Map<String, TermStates> states) {
	}

	private volatile Generation generation = new Generation(null, Map.of());

	private Generation generation(IndexSearcher searcher) {
		Generation current = generation;
		if (current.reader() != searcher.getIndexReader()) {
			synchronized (this) {
				current = generation;
				if (current.reader() != searcher.getIndexReader()) {
					current = new Generation(searcher.getIndexReader(), new ConcurrentHashMap<>());
					generation = current;
				}
			}
		}
		return current;
	}

	private static TermStates termStates(IndexSearcher searcher, String term) {
		try {
			return TermStates.build(searcher, new Term("text", term), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The order ids of the hits, from the id doc values of their segments: the hits in document order, so that each
	 * segment's values are read by one forward iterator.
	 */
	private static String[] ids(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
		Integer[] order = new Integer[hits.length];
		for (int i = 0; i < hits.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, (x, y) -> Integer.compare(hits[x].doc, hits[y].doc));
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		String[] out = new String[hits.length];
		LeafReaderContext leaf = null;
		SortedDocValues ids = null;
		for (int i : order) {
			int doc = hits[i].doc;
			if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
				leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
				ids = DocValues.getSorted(leaf.reader(), "id");
			}
			out[i] = ids.advanceExact(doc - leaf.docBase) ? ids.lookupOrd(ids.ordValue()).utf8ToString() : null;
		}
		return out;
	}

	/**
	 * The text's smartcn words with their counts, segmented as the index does (same analyzer settings) and shared
	 * with the domain model's features of the same text ({@link TextFeatures#words}).
	 */
	Map<String, Integer> terms(String text) {
		Map<String, Integer> out = new HashMap<>();
		if (text == null || text.isBlank()) {
			return out;
		}
		TextFeatures.words(text).forEach(word -> out.merge(word, 1, Integer::sum));
		return out;
	}

	/**
	 * An indexed text's words with their counts: from the recently read ones (the orders of a neighbourhood are
	 * candidates for one request after another, and decompressing a stored document is most of a search's cost), or
	 * from its stored words, with no second segmentation.
	 */
	private Map<String, Integer> words(String id, StoredFields stored, int doc) throws IOException {
		Map<String, Integer> known;
		synchronized (recentWords) {
			known = recentWords.get(id);
		}
		if (known != null) {
			return known;
		}
		Map<String, Integer> out = new HashMap<>();
		String joined = stored.document(doc, Set.of(WORDS)).get(WORDS);
		if (joined != null && !joined.isEmpty()) {
			int from = 0;
			while (from <= joined.length()) {
				int to = joined.indexOf(WORD_SEPARATOR, from);
				if (to < 0) {
					to = joined.length();
				}
				out.merge(joined.substring(from, to), 1, Integer::sum);
				from = to + 1;
			}
		}
		synchronized (recentWords) {
			recentWords.put(id, out);
		}
		return out;
	}

	/** Words already segmented (by the index's own analyser settings), as the tokens of a field. */
	private static final class Words extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final List<String> words;

		private int next;

		Words(List<String> words) {
			this.words = words;
		}

		@Override
		public boolean incrementToken() {
			if (next >= words.size()) {
				return false;
			}
			clearAttributes();
			term.setEmpty().append(words.get(next++));
			return true;
		}

		@Override
		public void reset() throws IOException {
			super.reset();
			next = 0;
		}
	}

	/** Half the last digit that scores keep ({@link #round}): a score this much below a floor rounds up to it. */
	private static final double ROUNDING = 0.00005;

	private static double round(double value) {
		return Math.round(value * 10000) / 10000.0;
	}
}
