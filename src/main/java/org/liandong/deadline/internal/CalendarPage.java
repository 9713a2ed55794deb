package org.liandong.deadline.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** The view model of the year page: twelve small months of Monday-first weeks, each day with its marks. */
record CalendarPage(int year, List<Month> months) {

	static CalendarPage of(int year, WorkingTime time, LocalDate today) {
		List<Month> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<Cell> cells = new ArrayList<>(Collections.nCopies(month.atDay(1).getDayOfWeek().getValue() - 1, null));
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				cells.add(Cell.of(month.atDay(d), time, today));
			}
			while (cells.size() % 7 != 0) {
				cells.add(null);
			}
			List<List<Cell>> weeks = new ArrayList<>();
			for (int i = 0; i < cells.size(); i += 7) {
				weeks.add(cells.subList(i, i + 7));
			}
			months.add(new Month(m, weeks));
		}
		return new CalendarPage(year, months);
	}

	/** One month: its number and its weeks (null cells pad the first and last week). */
	record Month(int month, List<List<Cell>> weeks) {
	}

	/**
	 * One day: {@code css} carries the marks (off: a rest day on a weekday or a holiday; makeup: a 调休 working day on a
	 * weekend; weekend; today; edited: set by an administrator).
	 */
	record Cell(LocalDate date, int day, boolean working, String name, String source, String css) {

		static Cell of(LocalDate date, WorkingTime time, LocalDate today) {
			CalendarDay special = time.special(date);
			boolean working = time.isWorkingDay(date);
			boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
			List<String> marks = new ArrayList<>();
			if (!working && (special != null || !weekend)) {
				marks.add("off");
			}
			else if (!working) {
				marks.add("weekend");
			}
			else if (weekend) {
				marks.add("makeup");
			}
			if (special != null && CalendarDay.SOURCE_ADMIN.equals(special.source())) {
				marks.add("edited");
			}
			if (date.equals(today)) {
				marks.add("today");
			}
			return new Cell(date, date.getDayOfMonth(), working, special == null ? null : special.name(),
					special == null ? "DEFAULT" : special.source(), String.join(" ", marks));
		}
	}

	static List<Integer> weekdays() {
		return Arrays.stream(DayOfWeek.values()).map(DayOfWeek::getValue).toList();
	}
}
