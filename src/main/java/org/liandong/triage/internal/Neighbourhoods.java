package org.liandong.triage.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.util.SloppyMath;

/**
 * The recent placed texts of a {@link SimilarityIndex}, kept in memory by street or town and by grid cell, for the
 * duplicate check's question "which orders of this street, or within so many metres, taken in since then, read
 * alike?". Its answer is that of scoring every such order sharing a word with the request (no sample found by some
 * words, no reader that lags behind the writes), at the cost of the neighbourhood's orders only, and of those only
 * the ones that could be kept ({@link #scan}): a few hundred hash look-ups where a Lucene search over the whole
 * history with its filters cost milliseconds.
 * <p>
 * It keeps the orders taken in within {@code retention} of the newest one put; {@link #covers} says whether a search
 * since a time can be answered here. A text put again replaces the earlier one. Safe for concurrent use.
 */
final class Neighbourhoods {

	/**
	 * A grid cell's edge in degrees: about 280 m north–south and 220 m east–west at Weihai's latitude, so a search
	 * within a few hundred metres reads a few dozen small cells.
	 */
	static final double CELL_DEGREES = 0.0025;

	/** Superseded and expired entries are dropped after this many puts. */
	private static final int PRUNE_EVERY = 4096;

	/** The term-frequency factors (1 + ln count) of the counts a word most often has in a text. */
	private static final double[] TF = new double[256];

	static {
		for (int count = 1; count < TF.length; count++) {
			TF[count] = 1 + Math.log(count);
		}
	}

	/** A word's term-frequency factor from its count in a text: 1 + ln count. */
	static double tf(int count) {
		return count < TF.length ? TF[count] : 1 + Math.log(count);
	}

	/** {@link Column#normEpochs}' elements, read with acquire and written with release. */
	private static final VarHandle EPOCHS = MethodHandles.arrayElementVarHandle(int[].class);

	/**
	 * One order's id, place and time (its words are kept in its street's and cell's {@link Column}s). The region
	 * code and address are not searched by; they are given back with the order's score, so that the duplicate check
	 * can tell its place without reading it (an order's place does not change after intake).
	 */
	static final class Entry {

		final String id;

		final long createdMillis;

		final String street;

		final double lat;

		final double lon;

		final String region;

		final String address;

		/** Replaced by a later put of the same order (guarded by the lock): never kept, then pruned. */
		boolean superseded;

		Entry(String id, long createdMillis, String street, double lat, double lon, String region, String address) {
			this.id = id;
			this.createdMillis = createdMillis;
			this.street = street;
			this.lat = lat;
			this.lon = lon;
			this.region = region;
			this.address = address;
		}
	}

	/** One result: an order id and its cosine similarity to the request, with the order's entry. */
	record Scored(String id, double score, Entry entry) {
	}

	private final long retentionMillis;

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/**
	 * The index's current IDFs ({@link #use}): the epoch whose norms the columns keep. Changed under the write lock,
	 * so a scan (under the read lock) sees one epoch throughout.
	 */
	private Idfs idfs = Idfs.NONE;

	private final Map<String, Column> byStreet = new HashMap<>();

	private final Map<Long, Column> byCell = new HashMap<>();

	/** The current entry of each order: an entry in a list that is not its order's current one is superseded. */
	private final Map<String, Entry> current = new HashMap<>();

	/** One instance of each region code held (a city has a few thousand; its orders, hundreds of thousands). */
	private final Map<String, String> regions = new HashMap<>();

	private final java.util.concurrent.atomic.LongAdder scored = new java.util.concurrent.atomic.LongAdder();

	/** Norms worked out by all searches so far (for tests: the others were the epoch's kept ones). */
	private final java.util.concurrent.atomic.LongAdder normsWorkedOut = new java.util.concurrent.atomic.LongAdder();

	private long newestMillis = Long.MIN_VALUE;

	private int putsSincePrune;

	Neighbourhoods(Duration retention) {
		this.retentionMillis = retention.toMillis();
	}

	/** Makes these the IDFs whose norms the orders keep: a scan with any others works its norms out as it goes. */
	void use(Idfs current) {
		lock.writeLock().lock();
		try {
			idfs = current;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** The time before which orders are not kept (nothing before the first put). */
	private long horizon() {
		return newestMillis == Long.MIN_VALUE ? Long.MIN_VALUE : newestMillis - retentionMillis;
	}

	/**
	 * Whether every order put with a place and taken in since {@code sinceMillis} is held here (orders older than
	 * the retention before the newest one are not).
	 */
	boolean covers(long sinceMillis) {
		lock.readLock().lock();
		try {
			return sinceMillis >= horizon();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * Adds or replaces an order's entry; an order with neither a street nor a point, or older than the retention,
	 * is only removed.
	 */
	void put(String id, long createdMillis, String street, Double lat, Double lon, String region, String address,
			SimilarityIndex.Word[] words, int[] counts) {
		boolean point = lat != null && lon != null;
		lock.writeLock().lock();
		try {
			Entry before = current.remove(id);
			if (before != null) {
				before.superseded = true;
			}
			if (street == null && !point) {
				return;
			}
			newestMillis = Math.max(newestMillis, createdMillis);
			if (createdMillis < horizon()) {
				return;
			}
			Entry entry = new Entry(id, createdMillis, street, point ? lat : Double.NaN, point ? lon : Double.NaN,
					region == null ? null : regions.computeIfAbsent(region, r -> r), address);
			current.put(id, entry);
			int[] ids = new int[words.length];
			char[] tf = new char[counts.length];
			for (int i = 0; i < counts.length; i++) {
				ids[i] = words[i].id;
				tf[i] = (char) Math.min(counts[i], Character.MAX_VALUE); // (a text holds at most 4,000 characters)
			}
			if (street != null) {
				byStreet.computeIfAbsent(street, s -> new Column()).add(entry, ids, tf);
			}
			if (point) {
				byCell.computeIfAbsent(cell(lat, lon), c -> new Column()).add(entry, ids, tf);
			}
			if (++putsSincePrune >= PRUNE_EVERY) {
				prune();
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Drops expired and superseded entries and empty lists (under the write lock). */
	private void prune() {
		putsSincePrune = 0;
		long horizon = horizon();
		current.values().removeIf(e -> e.createdMillis < horizon);
		prune(byStreet, horizon);
		prune(byCell, horizon);
	}

	private <K> void prune(Map<K, Column> columns, long horizon) {
		for (Iterator<Column> it = columns.values().iterator(); it.hasNext();) {
			Column column = it.next();
			column.retain(horizon);
			if (column.size == 0) {
				it.remove();
			}
		}
	}

	/**
	 * The entries of one street or grid cell in the order put, with their times, word ids and term-frequency
	 * factors laid out in arrays of their own, one order after the other. A scan of a dense street reads them in
	 * sequence and visits an entry's object only for an order that makes the best: following every order's objects
	 * (the entry, its arrays, its words) cost several cache misses per order, most of a scan's time in the platform.
	 * Appended to under the write lock, read under the read lock.
	 */
	private static final class Column {

		Entry[] entries = new Entry[8];

		long[] created = new long[8];

		/** Entry {@code k}'s words are at {@code starts[k]} up to (without) {@code starts[k + 1]}. */
		int[] starts = new int[9];

		/** The entries' word ids, one entry after the other. */
		int[] words = new int[64];

		/**
		 * Each word's count in its text, as {@link #words} ({@link #tf} gives its factor): two bytes a word where
		 * the factor took eight, for the memory of days of orders, and for the scan, which meets a dense street's
		 * orders in no order the cache can follow (three lines of memory per order instead of five).
		 */
		char[] counts = new char[64];

		/** Entry {@code k}'s squared norm with the IDFs of epoch {@code normEpochs[k]} (0: none kept). */
		double[] norms = new double[8];

		/**
		 * The epoch of each kept norm, written after the norm (release) and read before it (acquire) by the scans,
		 * which share the read lock: they all work with the current epoch (its norms are equal whoever works them
		 * out), and a scan with any other keeps none.
		 */
		int[] normEpochs = new int[8];

		int size;

		/** By word id, the positions of the entries holding the word, in the order put. */
		final Postings postings = new Postings();

		/** Appends the entry with its words' ids and counts. */
		void add(Entry e, int[] ids, char[] tfs) {
			if (size == entries.length) {
				entries = Arrays.copyOf(entries, 2 * size);
				created = Arrays.copyOf(created, 2 * size);
				starts = Arrays.copyOf(starts, 2 * size + 1);
				norms = Arrays.copyOf(norms, 2 * size);
				normEpochs = Arrays.copyOf(normEpochs, 2 * size);
			}
			int from = starts[size];
			int to = from + ids.length;
			if (to > words.length) {
				words = Arrays.copyOf(words, Math.max(to, 2 * words.length));
				counts = Arrays.copyOf(counts, words.length);
			}
			System.arraycopy(ids, 0, words, from, ids.length);
			System.arraycopy(tfs, 0, counts, from, tfs.length);
			for (int id : ids) {
				postings.of(id).add(size);
			}
			entries[size] = e;
			created[size] = e.createdMillis;
			normEpochs[size] = 0;
			starts[++size] = to;
		}

		/**
		 * Entry {@code k}'s squared norm with the epoch's IDFs: the one kept for the epoch, or worked out from all of
		 * its words (and kept when {@code keep}: the epoch is the current one).
		 */
		double norm(int k, Idfs epoch, boolean keep, Scan scan) {
			if (keep && (int) EPOCHS.getAcquire(normEpochs, k) == epoch.epoch) {
				return norms[k];
			}
			scan.normsWorkedOut++;
			double norm = 0;
			for (int i = starts[k], to = starts[k + 1]; i < to; i++) {
				double w = tf(counts[i]) * epoch.of(words[i]);
				norm += w * w;
			}
			if (keep) {
				norms[k] = norm;
				EPOCHS.setRelease(normEpochs, k, epoch.epoch);
			}
			return norm;
		}

		/** Drops the entries taken in before the horizon and those superseded, keeping the others in order. */
		void retain(long horizon) {
			int kept = 0;
			int word = 0;
			for (int k = 0; k < size; k++) {
				Entry e = entries[k];
				if (created[k] < horizon || e.superseded) {
					continue;
				}
				int from = starts[k];
				int length = starts[k + 1] - from;
				System.arraycopy(words, from, words, word, length); // (backwards or in place: word <= from)
				System.arraycopy(counts, from, counts, word, length);
				entries[kept] = e;
				created[kept] = created[k];
				normEpochs[kept] = 0; // (worked out again at the next scan: a prune is thousands of puts apart)
				starts[kept] = word;
				word += length;
				kept++;
			}
			Arrays.fill(entries, kept, size, null);
			starts[kept] = word;
			size = kept;
			postings.clear();
			for (int k = 0; k < size; k++) {
				for (int i = starts[k]; i < starts[k + 1]; i++) {
					postings.of(words[i]).add(k);
				}
			}
		}
	}

	/**
	 * A column's positions by word id: an open-addressing table (Fibonacci hashing, linear probing), no boxed key
	 * per look-up. A street's column holds thousands of words, most of them met once (house and serial numbers).
	 */
	private static final class Postings {

		private int[] keys = new int[16];

		private Positions[] values = new Positions[16];

		private int shift = 32 - 4;

		private int size;

		/** The word's positions, or null. */
		Positions get(int id) {
			int mask = keys.length - 1;
			for (int i = (id * 0x9E3779B9) >>> shift;; i = (i + 1) & mask) {
				Positions p = values[i];
				if (p == null || keys[i] == id) {
					return p;
				}
			}
		}

		/** The word's positions, entered empty at its first use. */
		Positions of(int id) {
			int mask = keys.length - 1;
			for (int i = (id * 0x9E3779B9) >>> shift;; i = (i + 1) & mask) {
				Positions p = values[i];
				if (p == null) {
					if (2 * (size + 1) > keys.length) {
						grow();
						return of(id);
					}
					keys[i] = id;
					values[i] = p = new Positions();
					size++;
					return p;
				}
				if (keys[i] == id) {
					return p;
				}
			}
		}

		void clear() {
			keys = new int[16];
			values = new Positions[16];
			shift = 32 - 4;
			size = 0;
		}

		private void grow() {
			int[] oldKeys = keys;
			Positions[] oldValues = values;
			keys = new int[2 * oldKeys.length];
			values = new Positions[2 * oldKeys.length];
			shift--;
			int mask = keys.length - 1;
			for (int j = 0; j < oldKeys.length; j++) {
				if (oldValues[j] != null) {
					int i = (oldKeys[j] * 0x9E3779B9) >>> shift;
					while (values[i] != null) {
						i = (i + 1) & mask;
					}
					keys[i] = oldKeys[j];
					values[i] = oldValues[j];
				}
			}
		}
	}

	/** A growing list of entry positions in a column, ascending. */
	private static final class Positions {

		int[] at = new int[4];

		int size;

		void add(int k) {
			if (size > 0 && at[size - 1] == k) {
				return; // (a word twice in one entry's list)
			}
			if (size == at.length) {
				at = Arrays.copyOf(at, 2 * size);
			}
			at[size++] = k;
		}
	}

	/** Orders held. */
	int size() {
		lock.readLock().lock();
		try {
			return current.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/**
	 * The orders taken in since {@code sinceMillis} in {@code street} or within {@code meters} of the point (either
	 * may be null) whose words meet the request's with a TF-IDF cosine of at least {@code floor}, best first (ties:
	 * newer first), at most {@code limit}, without {@code excludeId}.
	 * <p>
	 * A dense neighbourhood (a burst pipe, a power cut: hundreds of look-alike orders of one street) is the costly
	 * case, so the scan does no more per order than it must: no map look-up to skip a replaced order, the request's
	 * words in an array by word id ({@link QueryWords}), each order's norm kept for the epoch's IDFs
	 * ({@link Column#norm}), and only the best {@code limit} kept (a heap, with no result object for an order that
	 * does not make it) instead of sorting every order that shares a word; and no order is scored that could not be
	 * kept ({@link #scan}).
	 *
	 * @param query the request's words with their weights ((1 + ln tf) · idf)
	 * @param idfs the IDFs the weights were worked out with, which the orders' are
	 */
	List<Scored> similar(Map<SimilarityIndex.Word, Double> query, double queryNorm, Idfs idfs, String excludeId,
			String street, Double lat, Double lon, double meters, long sinceMillis, double floor, int limit) {
		if (limit <= 0) {
			return List.of();
		}
		Words words = new Words(query, queryNorm);
		lock.readLock().lock();
		try (QueryWords requested = new QueryWords(query, idfs)) {
			Scan scan = new Scan(requested, queryNorm, idfs, idfs == this.idfs && idfs.epoch > 0, excludeId, floor,
					limit);
			Column streetColumn = street == null ? null : byStreet.get(street);
			if (streetColumn != null) {
				scan(streetColumn, words, scan, k -> streetColumn.created[k] >= sinceMillis);
			}
			if (lat != null && lon != null) {
				int rows = (int) Math.ceil(meters / 111_000.0 / CELL_DEGREES);
				double cos = Math.max(0.01, Math.cos(Math.toRadians(Math.min(89, Math.abs(lat)))));
				int columns = (int) Math.ceil(meters / (111_000.0 * cos) / CELL_DEGREES);
				long row = (long) Math.floor(lat / CELL_DEGREES);
				long column = (long) Math.floor(lon / CELL_DEGREES);
				for (long r = row - rows; r <= row + rows; r++) {
					for (long c = column - columns; c <= column + columns; c++) {
						Column cell = byCell.get(key(r, c));
						if (cell == null) {
							continue;
						}
						// an order of the street itself was scored above (a cell holds a few orders: their objects
						// are read here)
						scan(cell, words, scan, k -> {
							Entry e = cell.entries[k];
							return cell.created[k] >= sinceMillis && (street == null || !street.equals(e.street))
									&& !e.superseded && SloppyMath.haversinMeters(lat, lon, e.lat, e.lon) <= meters;
						});
					}
				}
			}
			scored.add(scan.scored);
			normsWorkedOut.add(scan.normsWorkedOut);
			return scan.best();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Entries scored by all searches so far (for tests: how many a search could pass over). */
	long scored() {
		return scored.sum();
	}

	/** Norms worked out by all searches so far rather than taken as kept for the epoch (for tests). */
	long normsWorkedOut() {
		return normsWorkedOut.sum();
	}

	/**
	 * Scores the column's entries that {@code within} accepts and that could be among the best, each once. Not
	 * every entry could: an entry that holds none of the request's weightier words meets the request in its most
	 * common words only, and by Cauchy–Schwarz its cosine is at most those words' share of the request's norm (dot =
	 * Σ q·d over them ≤ |q over them| · |d|). So the words are taken weightiest first, each word's entries scored
	 * (newest first), and the scan stops at the first word that the lighter words' share no longer needs: the rest
	 * of the entries could not reach the lowest score that is still kept, the floor or, once the best are found, the
	 * worst of them. This is prefix filtering, as in all-pairs similarity search, with the bar raised as the best
	 * are found: the results are those of scoring every entry, and in a street of look-alike requests (most of its
	 * orders sharing only the request's common words) most entries are passed over. An entry that shares no word
	 * with the request is never met (its cosine is 0).
	 */
	private static void scan(Column column, Words words, Scan scan, java.util.function.IntPredicate within) {
		BitSet met = new BitSet(column.size);
		for (int i = words.ids.length - 1; i >= words.needed(scan.bar()); i--) {
			Positions p = column.postings.get(words.ids[i]);
			if (p == null) {
				continue;
			}
			for (int j = p.size - 1; j >= 0; j--) {
				int k = p.at[j];
				if (!met.get(k)) {
					met.set(k);
					if (within.test(k)) {
						scan.score(column, k);
					}
				}
			}
		}
	}

	/**
	 * The request's words in the index, the least weighty first, with the running sums of their squared weights:
	 * {@link #needed} tells from which of them on an entry must hold one to reach a score.
	 */
	static final class Words {

		final int[] ids;

		/** {@code lighter[i]}: the sum of the squared weights of the words before the {@code i}-th. */
		private final double[] lighter;

		private final double queryNorm;

		Words(Map<SimilarityIndex.Word, Double> query, double queryNorm) {
			int n = query.size();
				double[] squares = new double[n];
			int[] all = new int[n];
			int i = 0;
			for (Map.Entry<SimilarityIndex.Word, Double> e : query.entrySet()) {
				all[i] = e.getKey().id;
				squares[i] = e.getValue() * e.getValue();
				i++;
			}
			Integer[] order = new Integer[n];
			for (int k = 0; k < n; k++) {
				order[k] = k;
			}
			Arrays.sort(order, (a, b) -> Double.compare(squares[a], squares[b]));
			this.ids = new int[n];
			this.lighter = new double[n + 1];
			for (int k = 0; k < n; k++) {
				ids[k] = all[order[k]];
				lighter[k + 1] = lighter[k] + squares[order[k]];
			}
			this.queryNorm = queryNorm;
		}

		/**
		 * The index of the lightest word an entry must hold one of (from it to the weightiest) to reach a cosine of
		 * {@code bar}: the words before it together weigh less than {@code bar} of the request's norm (with a margin
		 * for rounding). 0 for no bar.
		 */
		int needed(double bar) {
			if (bar <= 0) {
				return 0;
			}
			double budget = bar * bar * queryNorm * (1 - 1e-9);
			int m = 0;
			while (m < ids.length && lighter[m + 1] < budget) {
				m++;
			}
			return m;
		}
	}

	/** One search's scoring: the request's words, the epoch's IDFs, and the best orders so far. */
	private static final class Scan {

		private final double queryNorm;

		private final String excludeId;

		/** The lowest cosine kept. */
		private final double floor;

		/** Entries scored by this search. */
		int scored;

		/** Norms this search worked out (the others were kept for the epoch). */
		int normsWorkedOut;

		private final int limit;

		/**
		 * The best {@code limit} so far, a binary heap with the worst at the root, in arrays: their cosines, times and
		 * entries. A better order replaces the root and sifts down once (a poll and an add would sift twice), and no
		 * object is made for it.
		 */
		private double[] scores;

		private long[] times;

		private Entry[] kept;

		private int size;

		private final QueryWords query;

		private final Idfs idfs;

		/** Whether the orders' norms are kept for this epoch (it is the current one). */
		private final boolean keep;

		Scan(QueryWords query, double queryNorm, Idfs idfs, boolean keep, String excludeId, double floor, int limit) {
			this.queryNorm = queryNorm;
			this.excludeId = excludeId;
			this.floor = floor;
			this.limit = limit;
			// (a limit may be "all of them": the heap grows as it must)
			int capacity = Math.min(limit, 64);
			this.scores = new double[capacity];
			this.times = new long[capacity];
			this.kept = new Entry[capacity];
			this.query = query;
			this.idfs = idfs;
			this.keep = keep;
		}

		/**
		 * Keeps the column's {@code k}-th entry with its cosine to the request when they share a word and it is
		 * among the best. The entry's object is read only then (a superseded entry is scored, but not kept).
		 */
		void score(Column c, int k) {
			scored++;
			double dot = 0;
			int[] ids = c.words;
			char[] counts = c.counts;
			QueryWords q = query;
			for (int i = c.starts[k], to = c.starts[k + 1]; i < to; i++) {
				dot += tf(counts[i]) * q.factor(ids[i]);
			}
			if (dot <= 0) {
				return;
			}
			double norm = c.norm(k, idfs, keep, this);
			double cosine = queryNorm == 0 || norm == 0 ? 0 : Math.min(1, dot / Math.sqrt(queryNorm * norm));
			if (cosine < floor) {
				return; // (in a dense street, most of them: no object read, no heap work for them)
			}
			if (size >= limit && (cosine < scores[0] || cosine == scores[0] && c.created[k] < times[0])) {
				return; // (not better than the worst kept, as far as the column tells: no object read)
			}
			Entry e = c.entries[k];
			if (e.superseded || e.id.equals(excludeId)) {
				return;
			}
			if (size < limit) {
				add(cosine, e.createdMillis, e);
			}
			else if (before(cosine, e.createdMillis, e, scores[0], times[0], kept[0])) {
				replaceWorst(cosine, e.createdMillis, e);
			}
		}

		/** Adds an order to the heap (not full yet): up from the last place while it is worse than its parent. */
		private void add(double score, long time, Entry e) {
			if (size == scores.length) {
				int capacity = Math.max(1, Math.min(limit, 2 * size));
				scores = Arrays.copyOf(scores, capacity);
				times = Arrays.copyOf(times, capacity);
				kept = Arrays.copyOf(kept, capacity);
			}
			int at = size++;
			while (at > 0) {
				int parent = (at - 1) >>> 1;
				if (!before(scores[parent], times[parent], kept[parent], score, time, e)) {
					break;
				}
				move(parent, at);
				at = parent;
			}
			put(at, score, time, e);
		}

		/** Puts a better order in the worst's place at the root, then down while a child is worse. */
		private void replaceWorst(double score, long time, Entry e) {
			int at = 0;
			for (int half = size >>> 1; at < half;) {
				int child = 2 * at + 1;
				int right = child + 1;
				if (right < size && before(scores[child], times[child], kept[child], scores[right], times[right],
						kept[right])) {
					child = right; // (the worse of the two)
				}
				if (!before(score, time, e, scores[child], times[child], kept[child])) {
					break;
				}
				move(child, at);
				at = child;
			}
			put(at, score, time, e);
		}

		private void move(int from, int to) {
			put(to, scores[from], times[from], kept[from]);
		}

		private void put(int at, double score, long time, Entry e) {
			scores[at] = score;
			times[at] = time;
			kept[at] = e;
		}

		/**
		 * The lowest cosine an entry not yet scored needs to be kept: the floor, or once the best {@code limit} are
		 * found, the worst of them (an entry scoring below it is not better; one scoring alike may be, if newer).
		 */
		double bar() {
			return size >= limit ? Math.max(floor, scores[0]) : floor;
		}

		/**
		 * Whether the first order comes before the second: a higher cosine, then the newer order, then (for a stable
		 * answer) the smaller id. The order of the results, and the heap's.
		 */
		private static boolean before(double score, long time, Entry e, double otherScore, long otherTime,
				Entry other) {
			if (score != otherScore) {
				return score > otherScore;
			}
			if (time != otherTime) {
				return time > otherTime;
			}
			return e.id.compareTo(other.id) < 0;
		}

		List<Scored> best() {
			List<Integer> order = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				order.add(i);
			}
			order.sort((i, j) -> before(scores[i], times[i], kept[i], scores[j], times[j], kept[j]) ? -1
					: before(scores[j], times[j], kept[j], scores[i], times[i], kept[i]) ? 1 : 0);
			List<Scored> out = new ArrayList<>(size);
			for (int i : order) {
				out.add(new Scored(kept[i].id, scores[i], kept[i]));
			}
			return out;
		}
	}

	/**
	 * The request's words by id, each with its weight in the request times its IDF (an order's word with {@code tf}
	 * adds {@code tf} times that to the dot product), in an array indexed by word id: the scan's look-up of an
	 * order's word, the request's or not, is a comparison and one element read (a hash table of the request's words,
	 * probed and mostly missed, cost two fifths of a scan). An array reaches the highest word id of the requests it
	 * served (8 bytes a word, a few megabytes for a city's vocabulary), so the arrays are reused from a small pool
	 * rather than kept per thread (every request thread may search, from the console's form); {@link #close} sets the
	 * request's elements back to 0 and gives the array back.
	 */
	static final class QueryWords implements AutoCloseable {

		/**
		 * Arrays not in use, all zeros: as many as the listeners' executor has threads (eight), which run most
		 * searches; more searches at once take new arrays, dropped after.
		 */
		private static final BlockingQueue<double[]> POOL = new ArrayBlockingQueue<>(8);

		private final double[] factors;

		private final int[] ids;

		/**
		 * The highest id of the request's words: an order's word above it (its own serial or house number, a word
		 * newer than all of the request's) cannot be one of them, and is not read.
		 */
		private final int highest;

		QueryWords(Map<SimilarityIndex.Word, Double> query, Idfs idfs) {
			int highest = 0;
			for (SimilarityIndex.Word word : query.keySet()) {
				highest = Math.max(highest, word.id);
			}
			double[] f = POOL.poll();
			if (f == null || highest >= f.length) {
				f = new double[Math.max(highest + 1, f == null ? 1024 : 2 * f.length)];
			}
			int[] held = new int[query.size()];
			int i = 0;
			for (Map.Entry<SimilarityIndex.Word, Double> e : query.entrySet()) {
				int id = e.getKey().id;
				held[i++] = id;
				f[id] = e.getValue() * idfs.of(id);
			}
			this.factors = f;
			this.ids = held;
			this.highest = query.isEmpty() ? -1 : highest;
		}

		/** The word's weight in the request times its IDF; 0 for a word the request does not hold. */
		double factor(int id) {
			return id <= highest ? factors[id] : 0;
		}

		/** Sets the request's elements back to 0 and gives the array back to the pool (or drops it, when full). */
		@Override
		public void close() {
			for (int id : ids) {
				factors[id] = 0;
			}
			POOL.offer(factors);
		}
	}

	private static long cell(double lat, double lon) {
		return key((long) Math.floor(lat / CELL_DEGREES), (long) Math.floor(lon / CELL_DEGREES));
	}

	/**
	 * A cell's key: its row and column in one number, multiplied by an odd constant (a one-to-one mix), so that the
	 * map's hash of neighbouring cells differs: row XOR column, the hash of the plain number, is alike for many
	 * neighbours, which piled them into a few of the map's bins.
	 */
	private static long key(long row, long column) {
		return ((row << 32) ^ (column & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
	}
}
