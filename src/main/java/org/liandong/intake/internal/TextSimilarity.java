package org.liandong.intake.internal;

import java.util.Arrays;

/**
 * How alike two short Chinese texts are: the Jaccard index of their character bigrams, ignoring spaces and
 * punctuation. Bigrams need no dictionary, so place names smartcn does not know (竹岛, 环翠) still count as shared
 * words; for a duplicate check on a few sentences that matters more than word boundaries.
 * <p>
 * A duplicate check compares a new order with up to a few hundred earlier ones: a text's bigrams are kept as a
 * sorted array of packed code-point pairs ({@link Grams}), made once per text and compared by one merge, without
 * strings, sets or regular expressions.
 */
final class TextSimilarity {

	private TextSimilarity() {
	}

	/** 0 (nothing in common) to 1 (the same bigrams); 0 when either text has no bigram. */
	static double jaccard(String a, String b) {
		return Grams.of(a).jaccard(Grams.of(b));
	}

	/** A text's distinct character bigrams (lower-cased, spaces, punctuation and symbols left out). */
	static final class Grams {

		private static final Grams NONE = new Grams(new long[0]);

		/** Each bigram as {@code first code point << 21 | second}, sorted, distinct. */
		private final long[] grams;

		private Grams(long[] grams) {
			this.grams = grams;
		}

		static Grams of(String text) {
			if (text == null || text.isEmpty()) {
				return NONE;
			}
			long[] grams = new long[text.length()];
			int n = 0;
			int previous = -1;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				i += Character.charCount(cp);
				if (ignored(cp)) {
					continue;
				}
				cp = Character.toLowerCase(cp);
				if (previous >= 0) {
					grams[n++] = ((long) previous << 21) | cp;
				}
				previous = cp;
			}
			if (n == 0) {
				return NONE;
			}
			Arrays.sort(grams, 0, n);
			int distinct = 1;
			for (int i = 1; i < n; i++) {
				if (grams[i] != grams[distinct - 1]) {
					grams[distinct++] = grams[i];
				}
			}
			return new Grams(Arrays.copyOf(grams, distinct));
		}

		/** Punctuation ({@code \p{P}}), symbols ({@code \p{S}}) and white space. */
		private static boolean ignored(int cp) {
			if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
				return true;
			}
			return switch (Character.getType(cp)) {
				case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
						Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
						Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
						Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL ->
					true;
				default -> false;
			};
		}

		int size() {
			return grams.length;
		}

		/** The Jaccard index of the two texts' bigrams; 0 when either has none. */
		double jaccard(Grams other) {
			long[] x = grams;
			long[] y = other.grams;
			if (x.length == 0 || y.length == 0) {
				return 0;
			}
			int common = 0;
			for (int i = 0, j = 0; i < x.length && j < y.length;) {
				if (x[i] == y[j]) {
					common++;
					i++;
					j++;
				}
				else if (x[i] < y[j]) {
					i++;
				}
				else {
					j++;
				}
			}
			return (double) common / (x.length + y.length - common);
		}

		@Override
		public String toString() {
			return "Grams[" + grams.length + "]";
		}
	}
}
