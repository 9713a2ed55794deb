package org.liandong.triage.internal;

import java.util.Arrays;

/**
 * The document frequency of each word of a {@link SimilarityIndex}, by the word's id, in one array, from which the
 * index works out its {@link Idfs} of an epoch. Counted under a lock at each put; read without one (a count read
 * during a concurrent put may lag it by one, as the index's weights may anyway).
 */
final class WordFrequencies {

	/** The IDFs of the frequencies below this are worked out once per epoch, not once per word. */
	private static final int TABULATED = 1024;

	/** Replaced by a larger copy as words come (always under the lock); an element is written before the field. */
	private volatile int[] counts = new int[1024];

	/** Counts one more text holding the word. */
	synchronized void increment(int id) {
		int[] c = counts;
		if (id >= c.length) {
			c = Arrays.copyOf(c, Math.max(id + 1, 2 * c.length));
		}
		c[id]++;
		counts = c; // (publishes the count, and a grown array)
	}

	/** The IDFs of the words with ids below {@code words}, over {@code documents} texts, as epoch {@code epoch}. */
	Idfs idfs(int epoch, int documents, int words) {
		int[] c = counts;
		double[] table = new double[TABULATED];
		for (int f = 0; f < TABULATED; f++) {
			table[f] = SimilarityIndex.idf(f, documents);
		}
		double[] byId = new double[words];
		for (int id = 0; id < words; id++) {
			int f = id < c.length ? c[id] : 0;
			byId[id] = f < TABULATED ? table[f] : SimilarityIndex.idf(f, documents);
		}
		return new Idfs(epoch, documents, byId, System.nanoTime());
	}
}
