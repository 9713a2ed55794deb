package org.liandong.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Time-zone conventions of CONTRACT §1: storage and API in UTC, dates and pages in Asia/Shanghai. */
public final class Zones {

	public static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	private Zones() {
	}

	/** The first instant of a city date (for {@code from} filters, inclusive, and {@code to}, exclusive). */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(CITY).toInstant();
	}

	public static LocalDate cityDate(Instant instant) {
		return instant.atZone(CITY).toLocalDate();
	}
}
