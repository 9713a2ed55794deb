package org.liandong.triage.internal.model;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * A trained domain classifier: the vocabulary and one weight vector per domain (one-vs-rest linear SVM). Scores
 * are probabilities from a softmax over the decision values. Immutable and thread-safe; {@link #toBytes()} and
 * {@link #fromBytes(byte[])} store it in the database.
 */
public final class DomainModel {

	private static final int FORMAT = 2;

	private final TrainingOptions options;

	private final TextFeatures features;

	private final Vocabulary vocabulary;

	private final List<String> labels;

	/**
	 * Per term, its idf then its weight for each class ({@link Vocabulary#rows}): the layout classification reads,
	 * a term's numbers side by side.
	 */
	private final float[] rows;

	/** @param weights weight of term {@code t} for class {@code c} at {@code t * classes + c} */
	DomainModel(TrainingOptions options, Vocabulary vocabulary, List<String> labels, float[] weights) {
		this.options = options;
		this.features = options.features();
		this.vocabulary = vocabulary;
		this.labels = List.copyOf(labels);
		this.rows = vocabulary.rows(weights, labels.size());
	}

	/** A domain with its probability. */
	public record Scored(String label, double probability) {
	}

	public List<String> labels() {
		return labels;
	}

	public TrainingOptions options() {
		return options;
	}

	public int vocabularySize() {
		return vocabulary.size();
	}

	/** Every domain with its probability, most likely first. */
	public List<Scored> classify(String text) {
		return classify(features.counts(text));
	}

	/**
	 * A text as this model featurises it: classify it, and let the {@link ItemMatcher} score items from the same
	 * terms ({@link ItemMatcher#similarities(Featurised)}) instead of featurising the text a second time.
	 */
	public Featurised featurise(String text) {
		return new Featurised(this, text, features.counts(text));
	}

	/** A text with its term counts by a model's features. Not for sharing between threads. */
	public static final class Featurised {

		private final DomainModel model;

		private final String text;

		private final LongIntMap counts;

		private Featurised(DomainModel model, String text, LongIntMap counts) {
			this.model = model;
			this.text = text;
			this.counts = counts;
		}

		/** {@link DomainModel#classify(String)} of the text. */
		public List<Scored> classify() {
			return model.classify(counts);
		}

		DomainModel model() {
			return model;
		}

		String text() {
			return text;
		}

		LongIntMap counts() {
			return counts;
		}
	}

	/** Whether this model's counts of a text hold every term {@code other} would count ({@link TextFeatures#covers}). */
	boolean covers(TextFeatures other) {
		return features.covers(other);
	}

	/** {@link #classify(String)} for the text's counts. */
	List<Scored> classify(LongIntMap counts) {
		double[] p = probabilities(counts);
		List<Scored> out = new ArrayList<>(labels.size());
		for (int i = 0; i < labels.size(); i++) {
			out.add(new Scored(labels.get(i), p[i]));
		}
		out.sort(Comparator.comparingDouble(Scored::probability).reversed());
		return out;
	}

	public String predict(String text) {
		double[] p = probabilities(features.counts(text));
		int best = 0;
		for (int i = 1; i < p.length; i++) {
			if (p[i] > p[best]) {
				best = i;
			}
		}
		return labels.get(best);
	}

	private double[] probabilities(LongIntMap counts) {
		int k = labels.size();
		double[] decision = vocabulary.decisions(counts, rows, k);
		double max = Double.NEGATIVE_INFINITY;
		for (double d : decision) {
			max = Math.max(max, d);
		}
		double sum = 0;
		for (int c = 0; c < k; c++) {
			decision[c] = Math.exp(options.temperature() * (decision[c] - max));
			sum += decision[c];
		}
		for (int c = 0; c < k; c++) {
			decision[c] /= sum;
		}
		return decision;
	}

	public byte[] toBytes() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes))) {
				out.writeInt(FORMAT);
				TrainingOptions o = options;
				out.writeInt(o.minGram());
				out.writeInt(o.maxGram());
				out.writeBoolean(o.wordBigrams());
				out.writeInt(o.minDf());
				for (double d : new double[] { o.wordWeight(), o.bigramWeight(), o.charWeight(), o.c(),
						o.temperature() }) {
					out.writeDouble(d);
				}
				out.writeBoolean(o.balanced());
				out.writeInt(labels.size());
				for (String label : labels) {
					out.writeUTF(label);
				}
				out.writeInt(vocabulary.size());
				for (int i = 0; i < vocabulary.size(); i++) {
					out.writeLong(vocabulary.terms()[i]);
					out.writeFloat(vocabulary.idf()[i]);
				}
				int k = labels.size();
				for (int t = 0; t < vocabulary.size(); t++) {
					for (int c = 0; c < k; c++) {
						out.writeFloat(rows[t * (k + 1) + 1 + c]);
					}
				}
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static DomainModel fromBytes(byte[] data) {
		try (DataInputStream in = new DataInputStream(new InflaterInputStream(new ByteArrayInputStream(data)))) {
			if (in.readInt() != FORMAT) {
				throw new IllegalArgumentException("unknown model format");
			}
			TrainingOptions options = new TrainingOptions(in.readInt(), in.readInt(), in.readBoolean(), in.readInt(),
					in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
					in.readBoolean());
			List<String> labels = new ArrayList<>();
			for (int i = in.readInt(); i > 0; i--) {
				labels.add(in.readUTF());
			}
			int size = in.readInt();
			long[] terms = new long[size];
			float[] idf = new float[size];
			for (int i = 0; i < size; i++) {
				terms[i] = in.readLong();
				idf[i] = in.readFloat();
			}
			float[] weights = new float[size * labels.size()];
			for (int i = 0; i < weights.length; i++) {
				weights[i] = in.readFloat();
			}
			return new DomainModel(options, new Vocabulary(terms, idf, options.kindWeights()), labels, weights);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
