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

	/**
	 * The months and days a period may name: four-digit years, so that a period's neighbours (the page's previous and
	 * next month, a range's default end) are periods too, and no arithmetic on them leaves {@code java.time}'s range.
	 */
	static final YearMonth FIRST = YearMonth.of(1900, 1);

	static final YearMonth LAST = YearMonth.of(9998, 12);

	static YearMonth month(String month, Clock clock) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(clock.instant().atZone(Zones.CITY));
		}
		String text = month.trim();
		YearMonth parsed = null;
		if (text.matches("\\d{4}-\\d{2}")) {
			try {
				parsed = YearMonth.parse(text);
			}
			catch (DateTimeParseException e) {
				// refused below
			}
		}
		if (parsed == null || parsed.isBefore(FIRST) || parsed.isAfter(LAST)) {
			throw new InvalidRequestException("month", "month must look like 2026-11 (1900-01 to 9998-12)");
		}
		return parsed;
	}

	static Range range(LocalDate from, LocalDate to, Clock clock) {
		inBounds("from", from);
		inBounds("to", to);
		YearMonth current = month(null, clock);
		LocalDate f = from != null ? from : to != null ? to.minusMonths(1) : current.atDay(1);
		LocalDate t = to != null ? to : from != null ? from.plusMonths(1) : current.plusMonths(1).atDay(1);
		if (!f.isBefore(t)) {
			throw new InvalidRequestException("to", "'to' must be after 'from'");
		}
		return new Range(f, t);
	}

	private static void inBounds(String field, LocalDate date) {
		if (date != null && (date.isBefore(FIRST.atDay(1)) || date.isAfter(LAST.atEndOfMonth()))) {
			throw new InvalidRequestException(field, field + " must be a date from 1900-01-01 to 9998-12-31");
		}
	}

	static Range of(YearMonth month) {
		return new Range(month.atDay(1), month.plusMonths(1).atDay(1));
	}
}
