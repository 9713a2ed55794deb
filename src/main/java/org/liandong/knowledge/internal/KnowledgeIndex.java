package org.liandong.knowledge.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.liandong.knowledge.KnowledgeArticle;
import org.liandong.shared.text.ChineseAnalyzer;

/**
 * An in-memory Lucene index of the searchable articles with the smartcn analyser. It is rebuilt whole from the
 * database (a few thousand articles at most), so every node answers from the same source of truth.
 */
final class KnowledgeIndex {

	private static final String[] FIELDS = { "title", "keywords", "body" };

	private final Analyzer analyzer = new ChineseAnalyzer();

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

	/** Ids of matching articles, best first. */
	List<String> search(String text, int size) {
		DirectoryReader r = reader;
		if (r == null || text == null || text.isBlank()) {
			return List.of();
		}
		try {
			MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer,
					java.util.Map.of("title", 3f, "keywords", 2f, "body", 1f));
			Query query = parser.parse(QueryParser.escape(text.strip()));
			IndexSearcher searcher = new IndexSearcher(r);
			List<String> ids = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, size).scoreDocs) {
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
