package org.liandong.triage.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The similarity index's word scores of texts in one neighbourhood, for tests of other modules that judge them (the
 * duplicate check's floor).
 */
public final class NeighbourhoodScores {

	private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

	private final SimilarityIndex index = new SimilarityIndex(Duration.ZERO, Duration.ofDays(30));

	public void put(String id, String text) {
		index.put(id, text, new SimilarityIndex.Place("371002001", null, null, AT));
	}

	/** Every text put that shares a word with {@code text}, with its score. */
	public Map<String, Double> scores(String text) {
		Map<String, Double> out = new HashMap<>();
		index.similar(text, null, Integer.MAX_VALUE - 1, new SimilarityIndex.Near("371002001", null, null, 0,
				AT.minusSeconds(1)))
			.forEach(hit -> out.put(hit.id(), hit.score()));
		return out;
	}
}
