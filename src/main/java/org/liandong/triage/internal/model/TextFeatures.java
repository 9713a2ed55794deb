package org.liandong.triage.internal.model;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.liandong.shared.text.ChineseAnalyzer;

/**
 * Turns a text into hashed term counts: smartcn words, adjacent word pairs and character n-grams within runs of
 * letters and digits. Digit runs collapse to one symbol, so that dates, numbers and masked names ("A2区")
 * generalise. A term is a 64-bit hash whose top two bits say its kind ({@link #WORD}, {@link #BIGRAM},
 * {@link #CHARS}); collisions are negligible at our vocabulary sizes. Thread-safe.
 */
public final class TextFeatures {

	public static final int WORD = 1;

	public static final int BIGRAM = 2;

	public static final int CHARS = 3;

	private static final Analyzer ANALYZER = new ChineseAnalyzer(true);

	private static final ThreadLocal<Object[]> LAST_WORDS = new ThreadLocal<>();

	/**
	 * Texts segmented last by any thread, with their words: at most this many, and at most {@link #RECENT_CHARS}
	 * characters in all (a long text's words take some 30 bytes a character).
	 */
	private static final int RECENT_TEXTS = 256;

	private static final int RECENT_CHARS = 256 * 1024;

	private static final Map<String, List<String>> RECENT_WORDS = new LinkedHashMap<>(512, 0.75f, true);

	/** The characters of the texts in {@link #RECENT_WORDS} (guarded by it). */
	private static int recentChars;

	private static final long FNV_OFFSET = 0xcbf29ce484222325L;

	private static final long FNV_PRIME = 0x100000001b3L;

	private static final long HASH_BITS = ~(3L << 62);

	private final int minGram;

	private final int maxGram;

	private final boolean wordBigrams;

	private final boolean digitWords;

	public TextFeatures(int minGram, int maxGram, boolean wordBigrams) {
		this(minGram, maxGram, wordBigrams, true);
	}

	/**
	 * @param digitWords whether a number counts as a word (all numbers are one word, {@code #}); without, numbers
	 *        are left out and break word pairs
	 */
	public TextFeatures(int minGram, int maxGram, boolean wordBigrams, boolean digitWords) {
		this.minGram = minGram;
		this.maxGram = maxGram;
		this.wordBigrams = wordBigrams;
		this.digitWords = digitWords;
	}

	/**
	 * Whether the counts of a text by these features hold every term {@code other} counts of it, with the same
	 * count: the same or a wider range of character n-grams, word pairs and number words when {@code other} has
	 * them. (A matcher that blanks numbers before counting, as {@link ItemMatcher} does, counts only the n-grams that
	 * do not cross a number; these counts hold those too, and the ones across a number are extra terms it does not
	 * know.) A matcher whose vocabulary comes from {@code other} then scores the same from these counts: the terms it
	 * does not know are ignored.
	 */
	boolean covers(TextFeatures other) {
		return minGram <= other.minGram && maxGram >= other.maxGram && (wordBigrams || !other.wordBigrams)
				&& (digitWords || !other.digitWords);
	}

	static int kind(long term) {
		return (int) (term >>> 62);
	}

	LongIntMap counts(String text) {
		return counts(normalise(text), text);
	}

	/** Character n-grams of {@code charText}, words of {@code wordText} (the item matcher drops digits first). */
	LongIntMap counts(String charText, String wordText) {
		LongIntMap counts = new LongIntMap(wordText.length() * 4);
		addCharGrams(charText, counts);
		addWords(wordText, counts);
		return counts;
	}

	static String normalise(String text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean inDigits = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (Character.isDigit(ch)) {
				if (!inDigits) {
					out.append('#');
				}
				inDigits = true;
				continue;
			}
			inDigits = false;
			out.append(Character.isLetter(ch) ? Character.toLowerCase(ch) : ' ');
		}
		return out.toString();
	}

	private void addCharGrams(String text, LongIntMap counts) {
		int length = text.length();
		for (int i = 0; i < length; i++) {
			long hash = FNV_OFFSET;
			for (int n = 1; n <= maxGram && i + n <= length; n++) {
				char ch = text.charAt(i + n - 1);
				if (ch == ' ') {
					break;
				}
				hash = (hash ^ ch) * FNV_PRIME;
				if (n >= minGram) {
					counts.add(term(CHARS, hash), 1);
				}
			}
		}
	}

	private void addWords(String text, LongIntMap counts) {
		long previous = 0;
		for (String word : words(text)) {
			if (!Character.isLetterOrDigit(word.charAt(0))) {
				previous = 0;
				continue;
			}
			long hash = FNV_OFFSET;
			if (Character.isDigit(word.charAt(0))) {
				if (!digitWords) {
					previous = 0;
					continue;
				}
				hash = (hash ^ '#') * FNV_PRIME;
			}
			else {
				for (int i = 0; i < word.length(); i++) {
					hash = (hash ^ word.charAt(i)) * FNV_PRIME;
				}
			}
			counts.add(term(WORD, hash), 1);
			if (wordBigrams && previous != 0) {
				counts.add(term(BIGRAM, previous * 31 + hash), 1);
			}
			previous = hash;
		}
	}

	/**
	 * The text's smartcn words (default stop words removed), in order. Segmentation is most of the cost of a
	 * suggestion, and the domain model, the item matcher and the history index all need the words of the same text:
	 * the last text's words are kept per thread, so one suggestion segments its text once. The last few hundred
	 * texts' words are also kept for every thread: a new order's text is searched with (the duplicate check) and
	 * indexed (the similarity index) by two listeners on two threads moments apart, or further apart when the
	 * listeners are behind at a busy hour.
	 */
	public static List<String> words(String text) {
		Object[] last = LAST_WORDS.get();
		if (last != null && text.equals(last[0])) {
			@SuppressWarnings("unchecked")
			List<String> words = (List<String>) last[1];
			return words;
		}
		List<String> recent;
		synchronized (RECENT_WORDS) {
			recent = RECENT_WORDS.get(text);
		}
		if (recent != null) {
			LAST_WORDS.set(new Object[] { text, recent });
			return recent;
		}
		List<String> words = new ArrayList<>();
		try (TokenStream stream = ANALYZER.tokenStream("t", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (term.length() > 0) {
					words.add(term.toString());
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<String> result = Collections.unmodifiableList(words);
		LAST_WORDS.set(new Object[] { text, result });
		synchronized (RECENT_WORDS) {
			if (RECENT_WORDS.put(text, result) == null) {
				recentChars += text.length();
			}
			// the least recently used first, never the text just put
			var eldest = RECENT_WORDS.keySet().iterator();
			while ((RECENT_WORDS.size() > RECENT_TEXTS || recentChars > RECENT_CHARS) && eldest.hasNext()) {
				String old = eldest.next();
				if (old.equals(text)) {
					break;
				}
				recentChars -= old.length();
				eldest.remove();
			}
		}
		return result;
	}

	private static long term(int kind, long hash) {
		return (hash & HASH_BITS) | ((long) kind << 62);
	}
}
