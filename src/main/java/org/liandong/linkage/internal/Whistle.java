package org.liandong.linkage.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.linkage.WhistleType;

/**
 * A whistle as stored, with its summoned units; {@code regionCode} is its order's region, or for a whistle on no
 * order its blowing unit's (null: city-wide), which keeps it to the users scoped to that region.
 */
record Whistle(String id, WhistleType type, String workOrderId, String unitCode, String regionCode,
		String description, String status, Instant reportDueAt, String blownBy, Instant blownAt, Instant closedAt,
		String closeNote, int version, List<Summons> summons) {

	static final String OPEN = "OPEN";
	static final String CLOSED = "CLOSED";

	boolean isOpen() {
		return OPEN.equals(status);
	}

	Summons summonsOf(String unitCode) {
		return summons.stream().filter(s -> s.unitCode().equals(unitCode)).findFirst().orElse(null);
	}

	/** A summoned unit: its report (null until it reports) and the rating it received. */
	record Summons(String unitCode, Instant reportedAt, String reportedBy, boolean late, boolean missing, String note,
			Double lat, Double lon, Integer score, String ratingComment, Instant ratedAt) {

		boolean reported() {
			return reportedAt != null;
		}
	}

	/** One entry of the whistle's own timeline. */
	record Entry(Instant at, String actor, String action, String unitCode, String note) {
	}
}
