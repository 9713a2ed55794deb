package org.liandong.triage;

import java.util.List;

/**
 * A triage answer (CONTRACT §5). {@code itemCode} and {@code leadUnitCode} are null when nothing fits;
 * {@code regionCode} is null with a {@code placeReason} when the place is not resolved.
 *
 * @param confidence how sure the suggestion is, in [0, 1]; low for text that means nothing
 * @param candidates the best items, most likely first (at most 3)
 */
public record TriageSuggestion(String domain, String itemCode, String itemName, String leadUnitCode,
		List<String> coUnitCodes, String regionCode, String gridCode, String placeReason, double confidence,
		List<Candidate> candidates) {

	/** A candidate item with its score in [0, 1]. */
	public record Candidate(String itemCode, String itemName, String domain, double score) {
	}
}
