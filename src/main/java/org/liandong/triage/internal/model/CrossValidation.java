package org.liandong.triage.internal.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation of a training configuration, with a fixed seed so figures are reproducible.
 */
public final class CrossValidation {

	private CrossValidation() {
	}

	/** Predicted label of every example when it was held out. */
	public static Metrics run(List<LabelledText> examples, TrainingOptions options, int folds, long seed) {
		return run(examples, List.of(), options, folds, seed);
	}

	/**
	 * As {@link #run(List, TrainingOptions, int, long)}, with {@code always} in every fold's training and never held
	 * out: the examples a model learns from that are no requests (the responsibility list's texts), so that the
	 * figures are those of the requests.
	 */
	public static Metrics run(List<LabelledText> examples, List<LabelledText> always, TrainingOptions options,
			int folds, long seed) {
		TextFeatures features = options.features();
		List<LongIntMap> counts = examples.parallelStream().map(e -> features.counts(e.text())).toList();
		List<LongIntMap> alwaysCounts = always.parallelStream().map(e -> features.counts(e.text())).toList();
		int[] fold = folds(examples, folds, seed);
		String[] predicted = new String[examples.size()];
		List<Integer> foldIds = new ArrayList<>();
		for (int f = 0; f < folds; f++) {
			foldIds.add(f);
		}
		foldIds.parallelStream().forEach(f -> {
			List<LabelledText> train = new ArrayList<>(always);
			List<LongIntMap> trainCounts = new ArrayList<>(alwaysCounts);
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] != f) {
					train.add(examples.get(i));
					trainCounts.add(counts.get(i));
				}
			}
			DomainModel model = new DomainTrainer(options).train(train, trainCounts);
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] == f) {
					predicted[i] = model.predict(examples.get(i).text());
				}
			}
		});
		return new Metrics(examples.stream().map(LabelledText::label).toList(), List.of(predicted));
	}

	static int[] folds(List<LabelledText> examples, int folds, long seed) {
		Map<String, List<Integer>> byLabel = new HashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			byLabel.computeIfAbsent(examples.get(i).label(), k -> new ArrayList<>()).add(i);
		}
		int[] fold = new int[examples.size()];
		Random random = new Random(seed);
		byLabel.keySet().stream().sorted().forEach(label -> {
			List<Integer> indexes = byLabel.get(label);
			Collections.shuffle(indexes, random);
			for (int k = 0; k < indexes.size(); k++) {
				fold[indexes.get(k)] = k % folds;
			}
		});
		return fold;
	}
}
