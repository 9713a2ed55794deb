package org.liandong.triage.internal.model;

import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * Terms seen in at least {@code minDf} training documents, with their inverse document frequency. Vectors are
 * sublinear TF-IDF ({@code 1 + ln tf}), L2-normalised per feature kind (words, word pairs, characters), each kind
 * scaled by its weight, then L2-normalised as a whole, so that one kind cannot drown the others.
 */
final class Vocabulary {

	private final long[] terms;

	private final float[] idf;

	private final double[] kindWeights;

	/**
	 * Term to index, open addressing with each key next to its index ({@code key, index} at {@code 2 * slot}): a
	 * request looks up about a thousand terms in a table of megabytes, and a miss in cache costs more than the rest
	 * of the lookup.
	 */
	private final long[] index;

	private final int mask;

	Vocabulary(long[] terms, float[] idf, double[] kindWeights) {
		this.terms = terms;
		this.idf = idf;
		this.kindWeights = kindWeights.clone();
		int capacity = Integer.highestOneBit(Math.max(16, terms.length * 2) - 1) << 1;
		this.index = new long[capacity * 2];
		this.mask = capacity - 1;
		for (int i = 0; i < terms.length; i++) {
			int slot = slot(terms[i]);
			while (index[2 * slot] != 0) {
				slot = (slot + 1) & mask;
			}
			index[2 * slot] = terms[i];
			index[2 * slot + 1] = i;
		}
	}

	/** The term's index, or -1. Terms are never 0 (a hash with its kind in the top bits). */
	int indexOf(long term) {
		int slot = slot(term);
		while (true) {
			long key = index[2 * slot];
			if (key == term) {
				return (int) index[2 * slot + 1];
			}
			if (key == 0) {
				return -1;
			}
			slot = (slot + 1) & mask;
		}
	}

	private int slot(long term) {
		long mixed = term * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 32) & mask;
	}

	static Vocabulary fit(List<LongIntMap> documents, int minDf, double[] kindWeights) {
		LongIntMap df = new LongIntMap(1 << 16);
		for (LongIntMap doc : documents) {
			doc.forEach((term, count) -> df.add(term, 1));
		}
		long[] kept = new long[df.size()];
		int[] size = { 0 };
		df.forEach((term, count) -> {
			if (count >= minDf && kindWeights[TextFeatures.kind(term)] > 0) {
				kept[size[0]++] = term;
			}
		});
		long[] terms = Arrays.copyOf(kept, size[0]);
		Arrays.sort(terms);
		float[] idf = new float[terms.length];
		int n = documents.size();
		for (int i = 0; i < terms.length; i++) {
			idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(terms[i], 0))) + 1.0);
		}
		return new Vocabulary(terms, idf, kindWeights);
	}

	int size() {
		return terms.length;
	}

	long[] terms() {
		return terms;
	}

	float[] idf() {
		return idf;
	}

	/**
	 * The decision values of {@code k} linear classes for the request's term counts: the same as scoring
	 * {@link #vector} (up to rounding), in one pass, without building, sorting and allocating the vector.
	 * Classification runs this for every request. {@code rows} holds, for term {@code t} from
	 * {@code t * (k + 1)}, its idf and then its weight for each class ({@link #rows}): a term's numbers side by side, one read.
	 */
	double[] decisions(LongIntMap counts, float[] rows, int k) {
		// Two passes: the term lookups first, then the rows. Each is a likely cache miss; in tight loops of
		// independent iterations the processor waits for several at once.
		long[] keys = counts.slotKeys();
		int[] values = counts.slotValues();
		int[] filled = counts.filledSlots();
		int[] slots = new int[counts.size()];
		int[] ids = new int[counts.size()];
		int n = 0;
		for (int i = 0; i < counts.size(); i++) {
			int slot = filled[i];
			int id = indexOf(keys[slot]);
			if (id >= 0) {
				slots[n] = slot;
				ids[n++] = id;
			}
		}
		double[][] byKind = new double[4][k];
		double[] norms = new double[4];
		int stride = k + 1;
		for (int i = 0; i < n; i++) {
			int base = ids[i] * stride;
			int count = values[slots[i]];
			double value = count == 1 ? rows[base] : (1.0 + Math.log(count)) * rows[base];
			int kind = TextFeatures.kind(keys[slots[i]]);
			norms[kind] += value * value;
			double[] partial = byKind[kind];
			for (int c = 0; c < k; c++) {
				partial[c] += value * rows[base + 1 + c];
			}
		}
		double total = 0;
		for (int kind = 0; kind < 4; kind++) {
			if (norms[kind] > 0) {
				total += kindWeights[kind] * kindWeights[kind];
			}
		}
		double norm = total > 0 ? Math.sqrt(total) : 1;
		double[] decision = new double[k];
		for (int kind = 0; kind < 4; kind++) {
			if (norms[kind] > 0) {
				double scale = kindWeights[kind] / Math.sqrt(norms[kind]) / norm;
				for (int c = 0; c < k; c++) {
					decision[c] += byKind[kind][c] * scale;
				}
			}
		}
		return decision;
	}

	/** The layout {@link #decisions} reads: per term, its idf then its {@code k} class weights. */
	float[] rows(float[] weights, int k) {
		float[] rows = new float[terms.length * (k + 1)];
		for (int t = 0; t < terms.length; t++) {
			rows[t * (k + 1)] = idf[t];
			System.arraycopy(weights, t * k, rows, t * (k + 1) + 1, k);
		}
		return rows;
	}

	/** Receives a vector's entries: a term's index and its value. */
	interface Entries {

		void accept(int id, double value);

	}

	/** The entries of {@link #vector}, with the same values, in no particular order and without allocating them. */
	void weighted(LongIntMap counts, Entries entries) {
		int[] ids = new int[counts.size()];
		double[] values = new double[counts.size()];
		double[] norms = new double[4];
		int n = collect(counts, ids, values, norms);
		double total = normalise(ids, values, norms, n);
		double norm = total > 0 ? Math.sqrt(total) : 1;
		for (int i = 0; i < n; i++) {
			entries.accept(ids[i], values[i] / norm);
		}
	}

	private int collect(LongIntMap counts, int[] ids, double[] values, double[] norms) {
		long[] keys = counts.slotKeys();
		int[] slotCounts = counts.slotValues();
		int[] filled = counts.filledSlots();
		int n = 0;
		for (int i = 0; i < counts.size(); i++) {
			int slot = filled[i];
			long term = keys[slot];
			// a kind without weight has no terms here (fit leaves them out): no need to look
			if (kindWeights[TextFeatures.kind(term)] == 0) {
				continue;
			}
			int id = indexOf(term);
			if (id >= 0) {
				int count = slotCounts[slot];
				double value = count == 1 ? idf[id] : (1.0 + Math.log(count)) * idf[id];
				ids[n] = id;
				values[n] = value;
				norms[TextFeatures.kind(term)] += value * value;
				n++;
			}
		}
		return n;
	}

	private double normalise(int[] ids, double[] values, double[] norms, int n) {
		double total = 0;
		for (int i = 0; i < n; i++) {
			int kind = TextFeatures.kind(terms[ids[i]]);
			values[i] = values[i] / Math.sqrt(norms[kind]) * kindWeights[kind];
			total += values[i] * values[i];
		}
		return total;
	}

	Feature[] vector(LongIntMap counts) {
		int[] ids = new int[counts.size()];
		double[] values = new double[counts.size()];
		double[] norms = new double[4];
		int n = collect(counts, ids, values, norms);
		double total = normalise(ids, values, norms, n);
		long[] packed = new long[n];
		for (int i = 0; i < n; i++) {
			packed[i] = ((long) ids[i] << 32) | i;
		}
		Arrays.sort(packed);
		double norm = total > 0 ? Math.sqrt(total) : 1;
		Feature[] features = new Feature[n];
		for (int i = 0; i < n; i++) {
			int at = (int) packed[i];
			features[i] = new FeatureNode((int) (packed[i] >>> 32) + 1, values[at] / norm);
		}
		return features;
	}
}
