package org.liandong.triage.internal;

import java.util.Arrays;

/**
 * The document frequency of each word of a {@link SimilarityIndex}, by the word's id, in one array: the
 * neighbourhood scan reads a word's frequency at its first meeting in a search, for every order's own words (its
 * house number, a name), and an element of an array costs one memory access where a field of the word object cost
 * two (the order's array of words, then the word). Counted under a lock at each put; read without one (a count read
 * during a concurrent put may lag it by one, as the index's weights may anyway).
 */
final class WordFrequencies {

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

	/** The number of texts put that hold the word (0 for an id not counted yet). */
	int of(int id) {
		int[] c = counts;
		return id < c.length ? c[id] : 0;
	}
}
