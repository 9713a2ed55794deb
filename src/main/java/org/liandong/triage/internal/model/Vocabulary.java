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

	private final LongIntMap index;

	Vocabulary(long[] terms, float[] idf, double[] kindWeights) {
		this.terms = terms;
		this.idf = idf;
		this.kindWeights = kindWeights.clone();
		this.index = new LongIntMap(terms.length);
		for (int i = 0; i < terms.length; i++) {
			index.put(terms[i], i);
		}
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

	Feature[] vector(LongIntMap counts) {
		int[] ids = new int[counts.size()];
		double[] values = new double[counts.size()];
		double[] norms = new double[4];
		int[] size = { 0 };
		counts.forEach((term, count) -> {
			int id = index.get(term, -1);
			if (id >= 0) {
				double value = (1.0 + Math.log(count)) * idf[id];
				ids[size[0]] = id;
				values[size[0]] = value;
				norms[TextFeatures.kind(term)] += value * value;
				size[0]++;
			}
		});
		int n = size[0];
		long[] packed = new long[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			int kind = TextFeatures.kind(terms[ids[i]]);
			values[i] = values[i] / Math.sqrt(norms[kind]) * kindWeights[kind];
			total += values[i] * values[i];
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
