package org.liandong.intake.internal;

import java.util.HashSet;
import java.util.Set;

/**
 * How alike two short Chinese texts are: the Jaccard index of their character bigrams, ignoring spaces and
 * punctuation. Bigrams need no dictionary, so place names smartcn does not know (竹岛, 环翠) still count as shared
 * words; for a duplicate check on a few sentences that matters more than word boundaries.
 */
final class TextSimilarity {

	private TextSimilarity() {
	}

	/** 0 (nothing in common) to 1 (the same bigrams); 0 when either text has no bigram. */
	static double jaccard(String a, String b) {
		Set<String> x = bigrams(a);
		Set<String> y = bigrams(b);
		if (x.isEmpty() || y.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(x);
		common.retainAll(y);
		return (double) common.size() / (x.size() + y.size() - common.size());
	}

	static Set<String> bigrams(String text) {
		Set<String> grams = new HashSet<>();
		if (text == null) {
			return grams;
		}
		String t = text.replaceAll("[\\p{P}\\p{S}\\s]+", "").toLowerCase(java.util.Locale.ROOT);
		int[] cps = t.codePoints().toArray();
		for (int i = 0; i + 1 < cps.length; i++) {
			grams.add(new String(cps, i, 2));
		}
		return grams;
	}
}
