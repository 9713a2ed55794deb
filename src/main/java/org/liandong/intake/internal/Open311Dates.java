package org.liandong.intake.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.liandong.shared.Zones;

/** W3C date-times with the city's offset, as the spec's examples ({@code 2026-01-20T08:30:00+08:00}). */
final class Open311Dates {

	private Open311Dates() {
	}

	static String format(Instant instant) {
		return instant == null ? null
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(Zones.CITY).toOffsetDateTime()
					.withNano(0));
	}
}
