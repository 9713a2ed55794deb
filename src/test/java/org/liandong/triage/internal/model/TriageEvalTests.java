package org.liandong.triage.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TriageEvalTests {

	@TempDir
	Path dir;

	@Test
	void trainsOnOneFileEvaluatesOnTheOtherAndEndsWithMacroF1() throws Exception {
		Path train = write("train.csv", DomainModelTests.smallCorpus());
		Path test = write("test.csv", List.of(new LabelledText("路灯坏了", "城乡建设"),
				new LabelledText("学校收费", "教育文体"), new LabelledText("公交线路少", "交通运输")));
		Output output = run("triage-eval", "--train", train.toString(), "--test", test.toString());
		assertThat(output.code).isZero();
		assertThat(output.out).contains("accuracy", "城乡建设", "precision");
		String[] lines = output.out.strip().split("\n");
		assertThat(lines[lines.length - 1]).matches("macro-F1 [01]\\.\\d{4}");
	}

	@Test
	void namesOtherColumnsByFlags() throws Exception {
		List<String> lines = new ArrayList<>(List.of("内容,类别"));
		DomainModelTests.smallCorpus().forEach(e -> lines.add(e.text().replace("，", " ") + "," + e.label()));
		Path file = dir.resolve("other.csv");
		Files.write(file, lines, StandardCharsets.UTF_8);
		Output output = run("triage-eval", "--train", file.toString(), "--test", file.toString(), "--text-column",
				"内容", "--label-column", "类别");
		assertThat(output.code).isZero();
		assertThat(output.out.strip()).endsWith("macro-F1 1.0000");
	}

	@Test
	void explainsUsageWhenAFileIsMissing() {
		Output output = run("triage-eval", "--train", dir.resolve("none.csv").toString());
		assertThat(output.code).isEqualTo(2);
		assertThat(output.err).contains("usage");
	}

	@Test
	void scoresWellAboveTheBaselineOnAHeldOutPartOfTheTeddyCupTrainingSplit() throws Exception {
		List<LabelledText> all = LabelledCsv.read(TeddyData.trainCsv(), "text", "一级标签");
		int[] fold = CrossValidation.folds(all, 5, 7);
		List<LabelledText> train = new ArrayList<>();
		List<LabelledText> test = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			(fold[i] == 0 ? test : train).add(all.get(i));
		}
		Output output = run("triage-eval", "--train", write("t.csv", train).toString(), "--test",
				write("h.csv", test).toString());
		String last = output.out.strip().substring(output.out.strip().lastIndexOf('\n') + 1);
		System.out.println("Teddy Cup train.csv, 80/20 split: " + last);
		assertThat(Double.parseDouble(last.substring("macro-F1 ".length()))).isGreaterThan(0.86);
	}

	private Path write(String name, List<LabelledText> texts) throws Exception {
		StringBuilder csv = new StringBuilder("text,一级标签\n");
		for (LabelledText t : texts) {
			csv.append('"').append(t.text().replace("\"", "\"\"")).append("\",").append(t.label()).append('\n');
		}
		Path file = dir.resolve(name);
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		return file;
	}

	private record Output(int code, String out, String err) {
	}

	private static Output run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = TriageEval.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}
}
