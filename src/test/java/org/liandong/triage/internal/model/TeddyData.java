package org.liandong.triage.internal.model;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Teddy Cup 2020 training split lives outside the repository (its licence forbids copying it in): tests that
 * need it skip when it is absent, unless {@code CI=true}, where they fail.
 */
public final class TeddyData {

	private TeddyData() {
	}

	public static Path trainCsv() {
		Path file = Path.of(System.getProperty("liandong.teddy.train", "../shared/data/teddy2020/train.csv"));
		String message = "Teddy Cup data not found at " + file.toAbsolutePath() + " (set -Dliandong.teddy.train)";
		if ("true".equals(System.getenv("CI"))) {
			assertTrue(Files.isReadable(file), message);
		}
		else {
			assumeTrue(Files.isReadable(file), message);
		}
		return file;
	}
}
