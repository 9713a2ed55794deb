package org.liandong.triage.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Prints the 5-fold cross-validated figures of the default domain model on the Teddy Cup training split (the
 * figures in docs/triage.md). Not a test: after {@code bench/triage.sh heap} (which writes the test classpath to
 * {@code target/bench-classpath.txt}), run {@code java -cp "target/test-classes:target/classes:$(cat
 * target/bench-classpath.txt)" org.liandong.triage.internal.model.DomainCrossValidation [FILE]}.
 */
public final class DomainCrossValidation {

	private DomainCrossValidation() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/teddy2020/train.csv");
		List<LabelledText> examples = LabelledCsv.read(file, "text", "一级标签");
		long started = System.nanoTime();
		Metrics metrics = CrossValidation.run(examples, TrainingOptions.defaults(), 5, 42);
		System.out.printf(Locale.ROOT, "5-fold cross-validation of %s on %d examples (%.0f s)%n",
				TrainingOptions.defaults(), examples.size(), (System.nanoTime() - started) / 1e9);
		System.out.println(metrics.report());
	}
}
