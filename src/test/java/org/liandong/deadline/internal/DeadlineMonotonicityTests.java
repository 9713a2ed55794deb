package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liandong.shared.LimitMode;
import org.liandong.shared.TimeLimit;
import org.liandong.shared.Zones;

/**
 * Seeded property test of the limit arithmetic on the real 2024–2026 calendar (holidays and make-up working days
 * from {@code data/calendar/cn-holidays.csv}, working hours 08:30–12:00 and 13:30–17:30), in each limit mode: a
 * later start never gives an earlier due time, a longer limit never gives an earlier due time, the due time lies
 * after the start, and the warning time lies between start and due (and moves forward with its share). Starts are
 * drawn across 2024–2026, half of them next to a holiday or make-up day, many on a working period's edge. The seed
 * is printed on failure; rerun one with {@code -Dliandong.seed=N}.
 */
class DeadlineMonotonicityTests {

	private static final int CASES = 4000;
	private static final LocalDate FIRST = LocalDate.of(2024, 1, 1);
	private static final int DAYS = (int) (LocalDate.of(2027, 1, 1).toEpochDay() - FIRST.toEpochDay());
	private static final LocalTime[] EDGES = { LocalTime.of(8, 30), LocalTime.of(12, 0), LocalTime.of(13, 30),
			LocalTime.of(17, 30), LocalTime.MIDNIGHT };

	private final WorkingTime time = WorkingTimeTests.calendar(List.of());
	private final List<LocalDate> special = HolidayFile.readClasspath().stream().map(CalendarDay::date).toList();

	@Test
	void dueTimesAreMonotonicInTheStartAndTheLimitAndWarningsLieBetweenStartAndDue() {
		long seed = Long.getLong("liandong.seed", System.nanoTime());
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			LimitMode mode = LimitMode.values()[random.nextInt(LimitMode.values().length)];
			Instant start = start(random);
			Instant later = random.nextInt(4) == 0 ? start.plus(Duration.ofMinutes(1 + random.nextInt(5)))
					: start(random);
			if (later.isBefore(start)) {
				Instant t = start;
				start = later;
				later = t;
			}
			TimeLimit limit = limit(random, mode);
			TimeLimit longer = new TimeLimit(limit.duration().plus(extra(random, mode)), mode);
			double share = random.nextInt(5) == 0 ? 0.8 : random.nextDouble();
			double moreShare = share + (1 - share) * random.nextDouble();
			String what = "seed " + seed + " (rerun with -Dliandong.seed=" + seed + "), case " + i + ": start "
					+ local(start) + ", later " + local(later) + ", limit " + limit + ", longer " + longer.duration()
					+ ", share " + share;
			Instant due = time.due(start, limit);
			assertThat(due).as("due after the start; " + what).isAfter(start);
			assertThat(time.due(later, limit)).as("a later start gives no earlier due; " + what)
				.isAfterOrEqualTo(due);
			assertThat(time.due(start, longer)).as("a longer limit gives no earlier due; " + what)
				.isAfterOrEqualTo(due);
			Instant warn = time.partOf(start, limit, share);
			assertThat(warn).as("warning between start and due; " + what).isBetween(start, due);
			assertThat(time.partOf(start, limit, moreShare)).as("a larger share warns no earlier; " + what)
				.isAfterOrEqualTo(warn)
				.isBeforeOrEqualTo(due);
			assertThat(time.partOf(start, limit, 1)).as("the whole limit is the due time; " + what).isEqualTo(due);
		}
	}

	private Instant start(Random random) {
		LocalDate date = random.nextBoolean() ? FIRST.plusDays(random.nextInt(DAYS))
				: special.get(random.nextInt(special.size())).plusDays(random.nextInt(7) - 3);
		LocalTime at = switch (random.nextInt(3)) {
			case 0 -> EDGES[random.nextInt(EDGES.length)].plusMinutes(random.nextInt(3) - 1);
			case 1 -> EDGES[random.nextInt(EDGES.length)].plusSeconds(random.nextInt(3) - 1);
			default -> LocalTime.ofSecondOfDay(random.nextInt(24 * 3600));
		};
		return date.atTime(at).atZone(Zones.CITY).toInstant();
	}

	private static TimeLimit limit(Random random, LimitMode mode) {
		Duration d = switch (mode) {
			case NATURAL -> Duration.ofMinutes(1 + random.nextInt(60 * 24 * 30));
			case WORKING_HOURS -> random.nextBoolean() ? Duration.ofMinutes(1 + random.nextInt(60 * 8))
					: Duration.ofMinutes(1 + random.nextInt(60 * 200));
			// whole days mostly, sometimes with a fraction (ignored) or less than a day (one day)
			case WORKING_DAYS -> random.nextInt(4) == 0 ? Duration.ofMinutes(1 + random.nextInt(60 * 24 * 3))
					: Duration.ofDays(1 + random.nextInt(30));
		};
		return new TimeLimit(d, mode);
	}

	private static Duration extra(Random random, LimitMode mode) {
		return mode == LimitMode.WORKING_DAYS && random.nextBoolean() ? Duration.ofDays(random.nextInt(5))
				: Duration.ofMinutes(random.nextInt(60 * 24));
	}

	private static String local(Instant instant) {
		return instant.atZone(Zones.CITY).toLocalDateTime() + " (" + instant.atZone(Zones.CITY).getDayOfWeek() + ")";
	}
}
