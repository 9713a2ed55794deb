package org.liandong.linkage;

import java.time.Instant;
import java.util.List;

/** A unit blew a whistle (吹哨); the summoned units must report by {@code reportDueAt}. */
public record WhistleBlown(String whistleId, WhistleType type, String unitCode, String workOrderId,
		List<String> summonedUnitCodes, Instant reportDueAt, Instant at) {
}
