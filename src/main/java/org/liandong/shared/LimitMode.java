package org.liandong.shared;

import java.time.Duration;

/**
 * How a time limit is measured, and the longest limit the deadline engine computes in each mode. The maxima are
 * about four years' worth of time in every mode, far beyond any real limit, and small enough that a due time is
 * always computable (no overflow, and well inside the business calendar's horizon): item validation refuses
 * longer limits. See {@code docs/deadlines.md}.
 */
public enum LimitMode {
	/** Wall-clock time, day and night, weekends and holidays included; at most 1,000 days. */
	NATURAL(Duration.ofDays(1000)),
	/** Only the city's working hours on working days count; at most 8,000 working hours. */
	WORKING_HOURS(Duration.ofHours(8000)),
	/** Whole working days: the due time is the same time of day after that many working days; at most 1,000. */
	WORKING_DAYS(Duration.ofDays(1000));

	private final Duration maximum;

	LimitMode(Duration maximum) {
		this.maximum = maximum;
	}

	/** The longest limit in this mode ({@code P1000D}, {@code PT8000H} or {@code P1000D}). */
	public Duration maximum() {
		return maximum;
	}

	/** The maximum as it is written in limits: {@code P1000D} for the day-based modes, {@code PT8000H} otherwise. */
	public String maximumText() {
		return this == WORKING_HOURS ? maximum.toString() : "P" + maximum.toDays() + "D";
	}
}
