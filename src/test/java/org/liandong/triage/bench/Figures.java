package org.liandong.triage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** Prints the benchmark's figures next to the targets. */
final class Figures {

	private Figures() {
	}

	static void print(Collection<RunResult> results, long heapBytes, int terms, double loadBefore,
			double loadAfter) {
		System.out.println();
		System.out.println("Triage benchmark (one thread; JMH score ± 99.9 % error)");
		System.out.printf(Locale.ROOT, "%-44s %22s %14s  %s%n", "figure", "measured", "target", "");
		for (RunResult run : results) {
			String name = run.getParams().getBenchmark();
			name = name.substring(name.lastIndexOf('.') + 1);
			Result<?> r = run.getPrimaryResult();
			String measured = String.format(Locale.ROOT, "%.1f ± %.1f %s", r.getScore(), r.getScoreError(),
					r.getScoreUnit());
			String[] target = target(name, r.getScore());
			System.out.printf(Locale.ROOT, "%-44s %22s %14s  %s%n", label(name), measured, target[0], target[1]);
			Result<?> cpu = run.getSecondaryResults().get("cpuNanos");
			Result<?> calls = run.getSecondaryResults().get("calls");
			if (cpu != null && calls != null && cpu.getScore() > 0) {
				double perCpuSecond = calls.getScore() / (cpu.getScore() / 1e9);
				String[] cpuTarget = target(name, perCpuSecond);
				System.out.printf(Locale.ROOT, "%-44s %22s %14s  %s%n", "  the same per CPU-second of its thread",
						String.format(Locale.ROOT, "%.1f ops/s", perCpuSecond), cpuTarget[0], cpuTarget[1]);
			}
		}
		if (heapBytes >= 0) {
			double mb = heapBytes / 1024.0 / 1024.0;
			System.out.printf(Locale.ROOT, "%-44s %22s %14s  %s%n",
					"domain model, retained heap (" + terms + " terms)", String.format(Locale.ROOT, "%.1f MB", mb),
					"< 50 MB", mb < 50 ? "met" : "MISSED");
		}
		System.out.printf(Locale.ROOT, "load average (1 min) %.2f before, %.2f after, on %d cores%n", loadBefore,
				loadAfter, Runtime.getRuntime().availableProcessors());
	}

	private static String label(String benchmark) {
		return switch (benchmark) {
			case "suggest" -> "suggestions (Triage.suggest, whole path)";
			case "classifyDomain" -> "domain model alone (DomainModel.classify)";
			case "train" -> "training on train.csv (2,471 rows)";
			case "placeByAddress" -> "place resolution, address text";
			case "placeByPoint" -> "place resolution, coordinates → grid";
			case "placeByAddressAndPoint" -> "place resolution, address and coordinates";
			default -> benchmark;
		};
	}

	/** The target and whether the score meets it; the domain model alone has no target of its own. */
	private static String[] target(String benchmark, double score) {
		return switch (benchmark) {
			case "suggest" -> verdict("≥ 2000 ops/s", score >= 2000);
			case "train" -> verdict("< 10 s", score < 10);
			case "placeByAddress", "placeByPoint", "placeByAddressAndPoint" -> verdict("< 1000 us", score < 1000);
			default -> new String[] { "", "" };
		};
	}

	private static String[] verdict(String target, boolean met) {
		return new String[] { target, met ? "met" : "MISSED" };
	}

	static double loadAverage() {
		try {
			return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
		}
		catch (IOException | RuntimeException ex) {
			return Double.NaN;
		}
	}
}
