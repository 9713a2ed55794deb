package org.liandong.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.Zones;

/** Date ranges of the API: a month {@code YYYY-MM}, or from/to defaulting to the current city month. */
final class Periods {

	record Range(LocalDate from, LocalDate to) {
	}

	private Periods() {
	}

	static YearMonth month(String month, Clock clock) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(clock.instant().atZone(Zones.CITY));
		}
		try {
			return YearMonth.parse(month.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException("month", "month must look like 2026-11");
		}
	}

	static Range range(LocalDate from, LocalDate to, Clock clock) {
		YearMonth current = month(null, clock);
		LocalDate f = from != null ? from : to != null ? to.minusMonths(1) : current.atDay(1);
		LocalDate t = to != null ? to : from != null ? from.plusMonths(1) : current.plusMonths(1).atDay(1);
		if (!f.isBefore(t)) {
			throw new InvalidRequestException("to", "'to' must be after 'from'");
		}
		return new Range(f, t);
	}

	static Range of(YearMonth month) {
		return new Range(month.atDay(1), month.plusMonths(1).atDay(1));
	}
}
