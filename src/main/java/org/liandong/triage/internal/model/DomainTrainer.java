package org.liandong.triage.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;

/**
 * Trains a {@link DomainModel} from labelled texts with LIBLINEAR (L2-regularised L2-loss SVM, dual solver,
 * one-vs-rest), then keeps only the weights as floats: prediction needs no LIBLINEAR objects.
 */
public final class DomainTrainer {

	static {
		Linear.disableDebugOutput();
	}

	private final TrainingOptions options;

	public DomainTrainer(TrainingOptions options) {
		this.options = options;
	}

	public DomainModel train(List<LabelledText> examples) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("no training examples");
		}
		TextFeatures features = options.features();
		List<LongIntMap> counts = examples.parallelStream().map(e -> features.counts(e.text())).toList();
		return train(examples, counts);
	}

	/** Trains on texts already turned into counts (cross-validation computes them once). */
	DomainModel train(List<LabelledText> examples, List<LongIntMap> counts) {
		Map<String, Integer> frequencies = new TreeMap<>();
		examples.forEach(e -> frequencies.merge(e.label(), 1, Integer::sum));
		List<String> labels = new ArrayList<>(frequencies.keySet());
		if (labels.size() < 2) {
			throw new IllegalArgumentException("training needs at least two domains");
		}
		Vocabulary vocabulary = Vocabulary.fit(counts, options.minDf(), options.kindWeights());
		Problem problem = new Problem();
		problem.l = examples.size();
		problem.n = vocabulary.size();
		problem.bias = -1;
		problem.x = new Feature[problem.l][];
		problem.y = new double[problem.l];
		for (int i = 0; i < problem.l; i++) {
			problem.x[i] = vocabulary.vector(counts.get(i));
			problem.y[i] = labels.indexOf(examples.get(i).label());
		}
		Model model = Linear.train(problem, parameter(labels, frequencies));
		return new DomainModel(options, vocabulary, labels, weights(model, labels.size(), vocabulary.size()));
	}

	/** Weights by term then class, in label order (LIBLINEAR orders classes by first appearance). */
	private static float[] weights(Model model, int classes, int terms) {
		double[] w = model.getFeatureWeights();
		int[] modelLabels = model.getLabels();
		float[] out = new float[terms * classes];
		if (model.getNrClass() == 2) {
			// a binary model keeps one vector, for its first label against the second
			for (int t = 0; t < terms; t++) {
				out[t * classes + modelLabels[0]] = (float) w[t];
				out[t * classes + modelLabels[1]] = (float) -w[t];
			}
			return out;
		}
		for (int t = 0; t < terms; t++) {
			for (int i = 0; i < classes; i++) {
				out[t * classes + modelLabels[i]] = (float) w[t * classes + i];
			}
		}
		return out;
	}

	private Parameter parameter(List<String> labels, Map<String, Integer> frequencies) {
		Parameter parameter = new Parameter(SolverType.L2R_L2LOSS_SVC_DUAL, options.c(), 0.01);
		if (options.balanced()) {
			int total = examples(frequencies);
			double[] weights = new double[labels.size()];
			int[] ids = new int[labels.size()];
			for (int i = 0; i < labels.size(); i++) {
				ids[i] = i;
				weights[i] = (double) total / (labels.size() * frequencies.get(labels.get(i)));
			}
			parameter.setWeights(weights, ids);
		}
		return parameter;
	}

	private static int examples(Map<String, Integer> frequencies) {
		return frequencies.values().stream().mapToInt(Integer::intValue).sum();
	}
}
