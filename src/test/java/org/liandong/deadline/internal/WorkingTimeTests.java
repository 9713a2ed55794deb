package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.deadline.LimitTooLongException;
import org.liandong.shared.ConflictException;
import org.liandong.shared.LimitMode;
import org.liandong.shared.TimeLimit;
import org.liandong.shared.Zones;

/** The limit arithmetic on the real 2024–2026 calendar with working hours 08:30–12:00 and 13:30–17:30. */
class WorkingTimeTests {

	private final WorkingTime time = calendar(List.of());

	static WorkingTime calendar(List<CalendarDay> extra) {
		List<CalendarDay> days = new ArrayList<>(HolidayFile.readClasspath());
		days.removeIf(d -> extra.stream().anyMatch(e -> e.date().equals(d.date())));
		days.addAll(extra);
		return new WorkingTime(days, WorkingHours.parse(List.of("08:30-12:00", "13:30-17:30")), Zones.CITY);
	}

	static Instant local(String dateTime) {
		return LocalDateTime.parse(dateTime).atZone(Zones.CITY).toInstant();
	}

	static TimeLimit limit(String duration, LimitMode mode) {
		return new TimeLimit(Duration.parse(duration), mode);
	}

	@Test
	void springFestival2026IsOffFromTheFifteenthToTheTwentyThirdOfFebruary() {
		for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
			assertThat(time.isWorkingDay(d)).as(d.toString()).isFalse();
		}
		assertThat(time.isWorkingDay(LocalDate.of(2026, 2, 13))).isTrue();
		assertThat(time.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
	}

	@Test
	void makeUpSaturdaysAroundSpringFestival2026AreWorkingDays() {
		assertThat(time.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(time.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(time.isWorkingDay(LocalDate.of(2026, 3, 7))).as("an ordinary Saturday").isFalse();
		assertThat(time.isWorkingDay(LocalDate.of(2027, 1, 4))).as("a Monday of a year without a notice").isTrue();
	}

	@Test
	void holidayFileHasEveryDateOfTheThreeNotices() {
		List<CalendarDay> days = HolidayFile.readClasspath();
		assertThat(days).hasSize(108);
		assertThat(days).filteredOn(d -> !d.offDay()).hasSize(19);
		assertThat(days).contains(new CalendarDay(LocalDate.of(2024, 2, 4), false, "春节", CalendarDay.SOURCE_NOTICE));
	}

	@Test
	void workingHoursSkipTheLunchBreak() {
		assertThat(time.due(local("2026-03-02T11:00"), limit("PT2H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-02T14:30"));
	}

	@Test
	void workingHoursEndingAtTheEndOfAPeriodEndThere() {
		assertThat(time.due(local("2026-03-02T11:00"), limit("PT1H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-02T12:00"));
	}

	@Test
	void workingHoursCrossTheNight() {
		assertThat(time.due(local("2026-03-03T17:00"), limit("PT1H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-04T09:00"));
	}

	@Test
	void workingHoursCrossTheWeekend() {
		assertThat(time.due(local("2026-03-06T16:30"), limit("PT3H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-09T10:30"));
	}

	@Test
	void workingHoursCountTheMakeUpSaturday() {
		assertThat(time.due(local("2026-02-13T17:00"), limit("PT2H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-02-14T10:00"));
	}

	@Test
	void workingHoursCrossTheWholeSpringFestival() {
		assertThat(time.due(local("2026-02-14T17:00"), limit("PT1H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-02-24T09:00"));
	}

	@Test
	void aStartOutsideWorkingHoursStartsAtTheNextWorkingPeriod() {
		assertThat(time.due(local("2026-03-07T20:00"), limit("PT1H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-09T09:30"));
		assertThat(time.due(local("2026-03-09T12:30"), limit("PT30M", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-09T14:00"));
		assertThat(time.due(local("2026-03-09T06:00"), limit("PT30M", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-09T09:00"));
	}

	@Test
	void resultsAreUtcInstantsOfShanghaiLocalTimes() {
		assertThat(time.due(local("2026-03-02T11:00"), limit("PT2H", LimitMode.WORKING_HOURS)))
			.isEqualTo(Instant.parse("2026-03-02T06:30:00Z"));
	}

	@Test
	void workingDaysLandOnTheSameTimeOfDayAfterNationalDay2026() {
		assertThat(time.due(local("2026-09-30T10:00"), limit("P3D", LimitMode.WORKING_DAYS)))
			.as("10-08 and 10-09, then the make-up Saturday 10-10")
			.isEqualTo(local("2026-10-10T10:00"));
	}

	@Test
	void workingDaysSkipTheEightDaysOfNationalDay2025() {
		assertThat(time.due(local("2025-09-30T15:00"), limit("P2D", LimitMode.WORKING_DAYS)))
			.isEqualTo(local("2025-10-10T15:00"));
		assertThat(time.due(local("2025-09-30T15:00"), limit("P3D", LimitMode.WORKING_DAYS)))
			.isEqualTo(local("2025-10-11T15:00"));
	}

	@Test
	void workingDaysFromOutsideWorkingHoursCountFromTheNextWorkingPeriod() {
		assertThat(time.due(local("2026-03-07T15:00"), limit("P1D", LimitMode.WORKING_DAYS)))
			.as("Saturday: counted from Monday 08:30").isEqualTo(local("2026-03-10T08:30"));
		assertThat(time.due(local("2026-03-09T18:00"), limit("P1D", LimitMode.WORKING_DAYS)))
			.as("after hours: counted from Tuesday 08:30").isEqualTo(local("2026-03-11T08:30"));
		assertThat(time.due(local("2026-03-09T12:15"), limit("P1D", LimitMode.WORKING_DAYS)))
			.as("lunch: counted from 13:30").isEqualTo(local("2026-03-10T13:30"));
	}

	@Test
	void naturalLimitsArePlainDurationsDownToOneMinute() {
		Instant start = local("2026-02-16T03:00");
		assertThat(time.due(start, limit("PT1M", LimitMode.NATURAL))).isEqualTo(start.plusSeconds(60));
		assertThat(time.partOf(start, limit("PT1M", LimitMode.NATURAL), 0.8)).isEqualTo(start.plusSeconds(48));
	}

	@Test
	void warningAtEightyPercentOfWorkingHours() {
		assertThat(time.partOf(local("2026-03-02T08:30"), limit("PT10H", LimitMode.WORKING_HOURS), 0.8))
			.as("7.5 h on Monday, 0.5 h on Tuesday").isEqualTo(local("2026-03-03T09:00"));
		assertThat(time.due(local("2026-03-02T08:30"), limit("PT10H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-03T11:00"));
	}

	@Test
	void warningAtEightyPercentOfWorkingDaysIsEightyPercentOfTheWorkingTime() {
		TimeLimit fiveDays = limit("P5D", LimitMode.WORKING_DAYS);
		assertThat(time.due(local("2026-03-02T10:00"), fiveDays)).isEqualTo(local("2026-03-09T10:00"));
		assertThat(time.partOf(local("2026-03-02T10:00"), fiveDays, 0.8)).isEqualTo(local("2026-03-06T10:00"));
		assertThat(time.partOf(local("2026-03-02T10:00"), fiveDays, 1.0)).isEqualTo(local("2026-03-09T10:00"));
	}

	@Test
	void workingTimeBetweenTwoInstantsCountsOnlyWorkingPeriods() {
		assertThat(time.workingBetween(local("2026-03-06T16:30"), local("2026-03-09T10:30")))
			.isEqualTo(Duration.ofHours(3));
		assertThat(time.workingBetween(local("2026-03-09T10:30"), local("2026-03-06T16:30"))).isZero();
	}

	@Test
	void anAdministratorsEditOverridesTheDefaultRule() {
		WorkingTime edited = calendar(List.of(
				new CalendarDay(LocalDate.of(2026, 3, 9), true, "停工", CalendarDay.SOURCE_ADMIN),
				new CalendarDay(LocalDate.of(2026, 2, 14), true, null, CalendarDay.SOURCE_ADMIN)));
		assertThat(edited.isWorkingDay(LocalDate.of(2026, 3, 9))).isFalse();
		assertThat(edited.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
		assertThat(edited.due(local("2026-03-06T17:00"), limit("PT1H", LimitMode.WORKING_HOURS)))
			.isEqualTo(local("2026-03-10T09:00"));
	}

	@Test
	void theLongestLimitOfEveryModeIsComputableEvenWithOneWorkingHourADay() {
		WorkingTime short1 = new WorkingTime(HolidayFile.readClasspath(), WorkingHours.parse(List.of("09:00-10:00")),
				Zones.CITY);
		Instant start = local("2026-03-02T09:30");
		for (WorkingTime t : List.of(time, short1)) {
			for (LimitMode mode : LimitMode.values()) {
				TimeLimit longest = new TimeLimit(mode.maximum(), mode);
				Instant due = t.due(start, longest);
				assertThat(due).as(mode.name()).isAfter(start.plus(Duration.ofDays(999)));
				assertThat(t.partOf(start, longest, 0.8)).as(mode.name()).isBetween(start, due);
			}
		}
		assertThat(short1.due(start, limit("PT8000H", LimitMode.WORKING_HOURS)))
			.as("8,000 days of one working hour").isAfter(local("2050-01-01T00:00"));
	}

	@Test
	void aLimitLongerThanItsModesMaximumIsRefusedAsAConflict() {
		Instant start = local("2026-03-02T09:30");
		assertThatThrownBy(() -> time.due(start, limit("P999999999D", LimitMode.WORKING_DAYS)))
			.isInstanceOf(LimitTooLongException.class)
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("P1000D");
		assertThatThrownBy(() -> time.due(start, limit("PT99999999999999H", LimitMode.NATURAL)))
			.isInstanceOf(LimitTooLongException.class);
		assertThatThrownBy(() -> time.partOf(start, limit("PT20000H", LimitMode.WORKING_HOURS), 0.8))
			.isInstanceOf(LimitTooLongException.class)
			.hasMessageContaining("PT8000H");
	}

	@Test
	void aShareOutsideZeroToOneIsRefused() {
		assertThatThrownBy(() -> time.partOf(Instant.EPOCH, limit("PT1H", LimitMode.NATURAL), 1.5))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void overlappingWorkingPeriodsAreRefused() {
		assertThatThrownBy(() -> WorkingHours.parse(List.of("08:30-12:00", "11:00-17:30")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> WorkingHours.parse(List.of("8.30-12")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThat(WorkingHours.parse(List.of("08:30-12:00", "13:30-17:30")).perDay()).isEqualTo(Duration.ofMinutes(450));
	}
}
