package org.liandong.deadline.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.liandong.deadline.LimitTooLongException;
import org.liandong.shared.TimeLimit;

/**
 * Limit arithmetic on one immutable snapshot of the business calendar (no Spring, no database): which days are
 * working days, and where a limit measured in its mode ends. The semantics are documented in
 * {@code docs/deadlines.md}.
 */
final class WorkingTime {

	/**
	 * Ten years without a single working minute means the calendar is broken, not that the limit is long. The walks
	 * count the days since the last working day, so that any limit within its mode's maximum is computable whatever
	 * the working hours per day; the maxima keep the walks short.
	 */
	private static final int MAX_DAYS = 3660;

	private final Map<LocalDate, CalendarDay> special;

	private final WorkingHours hours;

	private final ZoneId zone;

	WorkingTime(Collection<CalendarDay> days, WorkingHours hours, ZoneId zone) {
		this.special = days.stream().collect(Collectors.toUnmodifiableMap(CalendarDay::date, Function.identity()));
		this.hours = hours;
		this.zone = zone;
	}

	WorkingHours hours() {
		return hours;
	}

	ZoneId zone() {
		return zone;
	}

	CalendarDay special(LocalDate date) {
		return special.get(date);
	}

	/** (Monday–Friday and not an off-day row) or an explicit working-day row. */
	boolean isWorkingDay(LocalDate date) {
		CalendarDay day = special.get(date);
		if (day != null) {
			return !day.offDay();
		}
		DayOfWeek weekday = date.getDayOfWeek();
		return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
	}

	Instant due(Instant start, TimeLimit limit) {
		requireComputable(limit);
		return switch (limit.mode()) {
			case NATURAL -> start.plus(limit.duration());
			case WORKING_HOURS -> plusWorking(start, limit.duration());
			case WORKING_DAYS -> plusWorkingDays(start, workingDays(limit));
		};
	}

	Instant partOf(Instant start, TimeLimit limit, double share) {
		if (Double.isNaN(share) || share < 0 || share > 1) {
			throw new IllegalArgumentException("share must be between 0 and 1: " + share);
		}
		requireComputable(limit);
		if (share == 1) {
			return due(start, limit);
		}
		return switch (limit.mode()) {
			case NATURAL -> start.plus(scale(limit.duration(), share));
			case WORKING_HOURS -> plusWorking(start, scale(limit.duration(), share));
			case WORKING_DAYS -> {
				Instant anchor = nextWorkingInstant(start);
				Instant due = plusWorkingDays(start, workingDays(limit));
				yield plusWorking(anchor, scale(workingBetween(anchor, due), share));
			}
		};
	}

	/**
	 * The point at which {@code share} of the span from {@code start} to {@code end} has elapsed, the span measured
	 * in working time for the working modes and in wall-clock time for {@code NATURAL}.
	 */
	Instant shareOfSpan(Instant start, Instant end, boolean working, double share) {
		if (!end.isAfter(start)) {
			return end;
		}
		if (!working) {
			return start.plus(scale(Duration.between(start, end), share));
		}
		Duration span = workingBetween(start, end);
		if (span.isZero()) {
			return end;
		}
		Instant at = plusWorking(nextWorkingInstant(start), scale(span, share));
		return at.isAfter(end) ? end : at;
	}

	/** {@code start} itself when it lies in a working period, else the start of the next working period. */
	Instant nextWorkingInstant(Instant start) {
		return plusWorking(start, Duration.ZERO);
	}

	/** The instant after {@code amount} of working time, counted from {@code start}. */
	Instant plusWorking(Instant start, Duration amount) {
		Duration remaining = amount;
		LocalDate date = start.atZone(zone).toLocalDate();
		for (int idle = 0; idle < MAX_DAYS; date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				idle++;
				continue;
			}
			idle = 0;
			for (WorkingHours.Period period : hours.periods()) {
				Instant periodStart = instant(date, period.start());
				Instant periodEnd = instant(date, period.end());
				if (!periodEnd.isAfter(start)) {
					continue;
				}
				Instant from = periodStart.isAfter(start) ? periodStart : start;
				Duration available = Duration.between(from, periodEnd);
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining);
				}
				remaining = remaining.minus(available);
			}
		}
		throw new IllegalStateException("The business calendar has no working time in the " + MAX_DAYS
				+ " days after " + date.minusDays(MAX_DAYS));
	}

	/** Whether {@code t} is the start of a working period of a working day (Monday 08:30, 14:00 after lunch). */
	boolean startsPeriod(Instant t) {
		return boundary(t, true);
	}

	/** Whether {@code t} is the end of a working period of a working day (12:00 before lunch, Friday 17:30). */
	boolean endsPeriod(Instant t) {
		return boundary(t, false);
	}

	private boolean boundary(Instant t, boolean start) {
		LocalDate date = t.atZone(zone).toLocalDate();
		return isWorkingDay(date) && hours.periods()
			.stream()
			.anyMatch(p -> instant(date, start ? p.start() : p.end()).equals(t));
	}

	/** The working time inside {@code [from, to)}. */
	Duration workingBetween(Instant from, Instant to) {
		Duration total = Duration.ZERO;
		if (!to.isAfter(from)) {
			return total;
		}
		LocalDate last = to.atZone(zone).toLocalDate();
		for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
			if (!isWorkingDay(date)) {
				continue;
			}
			for (WorkingHours.Period period : hours.periods()) {
				Instant periodStart = instant(date, period.start());
				Instant periodEnd = instant(date, period.end());
				Instant a = periodStart.isAfter(from) ? periodStart : from;
				Instant b = periodEnd.isBefore(to) ? periodEnd : to;
				if (b.isAfter(a)) {
					total = total.plus(Duration.between(a, b));
				}
			}
		}
		return total;
	}

	/**
	 * The same time of day as the anchor (the start, or the next working period's start when the start is outside
	 * working time), on the {@code days}-th working day after the anchor's day.
	 */
	private Instant plusWorkingDays(Instant start, long days) {
		ZonedDateTime anchor = nextWorkingInstant(start).atZone(zone);
		LocalDate date = anchor.toLocalDate();
		long counted = 0;
		for (int idle = 0; counted < days;) {
			if (idle >= MAX_DAYS) {
				throw new IllegalStateException("The business calendar has no working day in the " + MAX_DAYS
						+ " days after " + date);
			}
			date = date.plusDays(1);
			if (isWorkingDay(date)) {
				counted++;
				idle = 0;
			}
			else {
				idle++;
			}
		}
		return date.atTime(anchor.toLocalTime()).atZone(zone).toInstant();
	}

	/** Bounds every walk below: a limit within its mode's maximum ends a few years ahead at most. */
	private static void requireComputable(TimeLimit limit) {
		if (limit.exceedsMaximum()) {
			throw new LimitTooLongException(limit);
		}
	}

	/** Whole days of a WORKING_DAYS limit; a fraction of a day is ignored, and the least limit is one day. */
	private static long workingDays(TimeLimit limit) {
		return Math.max(1, limit.duration().toDays());
	}

	private static Duration scale(Duration duration, double share) {
		return Duration.ofMillis(Math.round(duration.toMillis() * share));
	}

	private Instant instant(LocalDate date, LocalTime time) {
		return date.atTime(time).atZone(zone).toInstant();
	}
}
