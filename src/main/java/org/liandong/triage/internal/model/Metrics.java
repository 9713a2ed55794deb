package org.liandong.triage.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 from pairs of true and predicted labels.
 */
public final class Metrics {

	private final List<String> labels;

	private final int[][] confusion;

	private int total;

	private int correct;

	public Metrics(List<String> truth, List<String> predicted) {
		TreeSet<String> all = new TreeSet<>(truth);
		all.addAll(predicted);
		this.labels = new ArrayList<>(all);
		this.confusion = new int[labels.size()][labels.size()];
		for (int i = 0; i < truth.size(); i++) {
			int t = labels.indexOf(truth.get(i));
			int p = labels.indexOf(predicted.get(i));
			confusion[t][p]++;
			total++;
			if (t == p) {
				correct++;
			}
		}
	}

	/** One class's figures. */
	public record ClassFigures(String label, int support, double precision, double recall, double f1) {
	}

	public double accuracy() {
		return total == 0 ? 0 : (double) correct / total;
	}

	public List<ClassFigures> perClass() {
		List<ClassFigures> out = new ArrayList<>();
		for (int c = 0; c < labels.size(); c++) {
			int tp = confusion[c][c];
			int support = 0;
			int predicted = 0;
			for (int k = 0; k < labels.size(); k++) {
				support += confusion[c][k];
				predicted += confusion[k][c];
			}
			double precision = predicted == 0 ? 0 : (double) tp / predicted;
			double recall = support == 0 ? 0 : (double) tp / support;
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			out.add(new ClassFigures(labels.get(c), support, precision, recall, f1));
		}
		return out;
	}

	/** Mean F1 over the classes that occur in the truth. */
	public double macroF1() {
		return perClass().stream().filter(c -> c.support() > 0).mapToDouble(ClassFigures::f1).average().orElse(0);
	}

	public String report() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, "examples %d%naccuracy %.4f%n", total, accuracy()));
		out.append(String.format(Locale.ROOT, "%-12s %8s %9s %9s %9s%n", "class", "support", "precision", "recall",
				"f1"));
		for (ClassFigures c : perClass()) {
			out.append(String.format(Locale.ROOT, "%-12s %8d %9.4f %9.4f %9.4f%n", c.label(), c.support(),
					c.precision(), c.recall(), c.f1()));
		}
		out.append(String.format(Locale.ROOT, "macro-F1 %.4f", macroF1()));
		return out.toString();
	}
}
