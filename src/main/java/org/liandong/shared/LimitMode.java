package org.liandong.shared;

/** How a time limit is measured. */
public enum LimitMode {
	/** Wall-clock time, day and night, weekends and holidays included. */
	NATURAL,
	/** Only the city's working hours on working days count. */
	WORKING_HOURS,
	/** Whole working days: the due time is the same time of day after that many working days. */
	WORKING_DAYS
}
