package org.liandong.triage.internal.model;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code triage-eval} command: trains the domain classifier on one CSV, evaluates it on another and prints
 * accuracy, a per-class table and, as the last line, {@code macro-F1 0.xxxx}. Needs no database and no web server.
 */
public final class TriageEval {

	public static final String COMMAND = "triage-eval";

	private TriageEval() {
	}

	/** Runs the command; returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> flags = new HashMap<>(Map.of("--text-column", "text", "--label-column", "一级标签"));
		for (int i = 1; i < args.length; i++) {
			if (!args[i].startsWith("--") || i + 1 >= args.length) {
				err.println("unexpected argument: " + args[i]);
				return usage(err);
			}
			flags.put(args[i], args[++i]);
		}
		if (!flags.containsKey("--train") || !flags.containsKey("--test")) {
			return usage(err);
		}
		try {
			Path trainFile = Path.of(flags.get("--train"));
			Path testFile = Path.of(flags.get("--test"));
			for (Path file : List.of(trainFile, testFile)) {
				if (!Files.isReadable(file)) {
					err.println("cannot read " + file);
					return 2;
				}
			}
			String textColumn = flags.get("--text-column");
			String labelColumn = flags.get("--label-column");
			List<LabelledText> train = LabelledCsv.read(trainFile, textColumn, labelColumn);
			List<LabelledText> test = LabelledCsv.read(testFile, textColumn, labelColumn);
			long started = System.nanoTime();
			DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(train);
			double seconds = (System.nanoTime() - started) / 1e9;
			out.printf(Locale.ROOT, "trained on %d examples (%d classes, %d terms) in %.1f s%n", train.size(),
					model.labels().size(), model.vocabularySize(), seconds);
			List<String> predicted = test.parallelStream().map(e -> model.predict(e.text())).toList();
			Metrics metrics = new Metrics(test.stream().map(LabelledText::label).toList(), predicted);
			out.println(metrics.report());
			out.flush();
			return 0;
		}
		catch (Exception ex) {
			err.println("triage-eval failed: " + ex.getMessage());
			return 1;
		}
	}

	private static int usage(PrintStream err) {
		err.println("usage: triage-eval --train FILE --test FILE [--text-column text] [--label-column 一级标签]");
		return 2;
	}
}
