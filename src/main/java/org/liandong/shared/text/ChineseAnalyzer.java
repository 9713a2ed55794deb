package org.liandong.shared.text;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The platform's Chinese analyser: Lucene smartcn's (same dictionaries, same words, same stop words, same Porter
 * stemming of English words), segmenting about four times faster (see {@link ChineseSegmenter}). Every index and
 * model of the platform analyses text with it. When smartcn's dictionaries cannot be rebuilt faithfully it uses
 * smartcn's own tokenizer, so the words never differ. Thread-safe, as every {@link Analyzer}.
 */
public final class ChineseAnalyzer extends Analyzer {

	private final CharArraySet stopWords;

	/** With smartcn's default stop words. */
	public ChineseAnalyzer() {
		this(true);
	}

	/** @param stopWords whether smartcn's default stop words (mostly punctuation and particles) are left out */
	public ChineseAnalyzer(boolean stopWords) {
		this.stopWords = stopWords ? SmartChineseAnalyzer.getDefaultStopSet() : CharArraySet.EMPTY_SET;
	}

	/** Whether this node segments with the fast segmenter (false: smartcn's own, same words, slower). */
	public static boolean fast() {
		return SmartcnDictionaries.instance() != null;
	}

	/** Traditional characters are read as simplified ones ({@link Simplified}): 路燈 is the word 路灯. */
	@Override
	protected Reader initReader(String fieldName, Reader reader) {
		return Simplified.reader(reader);
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		SmartcnDictionaries words = SmartcnDictionaries.instance();
		Tokenizer tokenizer = words != null ? new ChineseTokenizer(words) : new HMMChineseTokenizer();
		TokenStream result = new PorterStemFilter(tokenizer);
		if (!stopWords.isEmpty()) {
			result = new StopFilter(result, stopWords);
		}
		return new TokenStreamComponents(tokenizer, result);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new LowerCaseFilter(in);
	}

}
