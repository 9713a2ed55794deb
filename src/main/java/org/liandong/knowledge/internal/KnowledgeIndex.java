package org.liandong.knowledge.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.shared.text.ChineseAnalyzer;
import org.liandong.shared.text.Simplified;

/**
 * An in-memory Lucene index of the searchable articles with the smartcn analyser, and beside the words every pair
 * of Han characters of the article ({@code grams}), which a part of a word finds (公积 in 公积金: smartcn's words
 * alone found nothing) at a lower weight than words. It is rebuilt whole from the database (a few thousand articles
 * at most), so every node answers from the same source of truth.
 */
final class KnowledgeIndex {

	private static final String[] FIELDS = { "title", "keywords", "body" };

	/** Weight of the character pairs beside the words' (title 3, keywords 2, body 1). */
	private static final float GRAMS_BOOST = 0.5f;

	private final Analyzer words = new ChineseAnalyzer();

	/** Pairs of Han characters (CJK bigrams), traditional ones simplified first, as the words. */
	private final Analyzer grams = new AnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
		private final Analyzer cjk = new CJKAnalyzer();

		@Override
		protected Analyzer getWrappedAnalyzer(String fieldName) {
			return cjk;
		}

		@Override
		protected Reader wrapReader(String fieldName, Reader reader) {
			return Simplified.reader(reader);
		}
	};

	private final Analyzer analyzer = new PerFieldAnalyzerWrapper(words, Map.of("grams", grams));

	private volatile DirectoryReader reader;

	synchronized void rebuild(List<KnowledgeArticle> articles) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
			for (KnowledgeArticle a : articles) {
				Document d = new Document();
				d.add(new StringField("id", a.id(), Field.Store.YES));
				d.add(new TextField("title", a.title(), Field.Store.NO));
				d.add(new TextField("keywords", String.join(" ", a.keywords()), Field.Store.NO));
				d.add(new TextField("body", a.body(), Field.Store.NO));
				d.add(new TextField("grams", a.title() + "\n" + String.join(" ", a.keywords()) + "\n" + a.body(),
						Field.Store.NO));
				writer.addDocument(d);
			}
			writer.commit();
			// The old reader is left to the garbage collector: a search may still be using it.
			reader = DirectoryReader.open(directory);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The one-character terms the pairs' analyser makes of the text: Han characters standing alone. */
	private List<String> loneCharacters(String text) throws IOException {
		List<String> singles = new ArrayList<>();
		try (TokenStream tokens = grams.tokenStream("grams", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (term.length() == 1 && Character.UnicodeScript.of(term.charAt(0)) == Character.UnicodeScript.HAN
						&& !singles.contains(term.toString())) {
					singles.add(term.toString());
				}
			}
			tokens.end();
		}
		return singles;
	}

	/** Ids of matching articles, best first. */
	List<String> search(String text, int size) {
		DirectoryReader r = reader;
		if (r == null || text == null || text.isBlank()) {
			return List.of();
		}
		try {
			String escaped = QueryParser.escape(text.strip());
			MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, words,
					Map.of("title", 3f, "keywords", 2f, "body", 1f));
			BooleanQuery.Builder query = new BooleanQuery.Builder()
				.add(parser.parse(escaped), BooleanClause.Occur.SHOULD)
				.add(new BoostQuery(new QueryParser("grams", grams).parse(escaped), GRAMS_BOOST),
						BooleanClause.Occur.SHOULD);
			// a lone Han character (税, 积) is no pair: it finds the pairs it begins or ends
			for (String single : loneCharacters(text)) {
				query.add(new BoostQuery(new PrefixQuery(new Term("grams", single)), GRAMS_BOOST),
						BooleanClause.Occur.SHOULD);
				query.add(new BoostQuery(new WildcardQuery(new Term("grams", "?" + single)), GRAMS_BOOST),
						BooleanClause.Occur.SHOULD);
			}
			IndexSearcher searcher = new IndexSearcher(r);
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query.build(), size).scoreDocs) {
				ids.add(searcher.storedFields().document(hit.doc).get("id"));
			}
			return ids;
		}
		catch (ParseException e) {
			return List.of();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
