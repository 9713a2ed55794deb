package org.liandong.shared.text;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.analysis.util.SegmentingTokenizerBase;

/**
 * smartcn's tokenizer ({@code HMMChineseTokenizer}) with {@link ChineseSegmenter} in place of smartcn's segmenter:
 * the same sentences, words, offsets and token type.
 */
final class ChineseTokenizer extends SegmentingTokenizerBase {

	private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

	private final TypeAttribute type = addAttribute(TypeAttribute.class);

	private final ChineseSegmenter segmenter;

	private int next;

	private int sentenceOffset;

	ChineseTokenizer(SmartcnDictionaries words) {
		super(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, (BreakIterator) SENTENCES.clone());
		this.segmenter = new ChineseSegmenter(words);
	}

	@Override
	protected void setNextSentence(int sentenceStart, int sentenceEnd) {
		segmenter.segment(buffer, sentenceStart, sentenceEnd);
		sentenceOffset = offset + sentenceStart;
		next = 0;
	}

	@Override
	protected boolean incrementWord() {
		if (next >= segmenter.size()) {
			return false;
		}
		clearAttributes();
		int start = segmenter.start(next);
		int end = segmenter.end(next);
		char[] chars = term.resizeBuffer(Math.max(1, end - start));
		term.setLength(segmenter.term(next, chars));
		offsets.setOffset(correctOffset(sentenceOffset + start), correctOffset(sentenceOffset + end));
		type.setType("word");
		next++;
		return true;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		segmenter.clear();
		next = 0;
	}

}
