package org.liandong.deadline.internal;

import java.time.LocalDate;

import org.liandong.shared.TransactionEnd;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's edits of the calendar. Deadlines already scheduled keep their times. */
@Service
class CalendarAdministration {

	private final CalendarDays days;

	private final CachedBusinessCalendar calendar;

	CalendarAdministration(CalendarDays days, CachedBusinessCalendar calendar) {
		this.days = days;
		this.calendar = calendar;
	}

	@Transactional
	CalendarDay set(LocalDate date, boolean offDay, String name) {
		String label = name == null || name.isBlank() ? null : name.strip();
		CalendarDay day = new CalendarDay(date, offDay, label, CalendarDay.SOURCE_ADMIN);
		days.save(day);
		refreshAfterCommit();
		return day;
	}

	/** Returns the date to the default rule. */
	@Transactional
	boolean reset(LocalDate date) {
		boolean removed = days.delete(date);
		refreshAfterCommit();
		return removed;
	}

	private void refreshAfterCommit() {
		TransactionEnd.nowAndWhenEnded(calendar::invalidate);
	}
}
