package org.liandong.deadline.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.liandong.deadline.BusinessCalendar;
import org.liandong.shared.TimeLimit;
import org.liandong.shared.Zones;
import org.springframework.stereotype.Service;

/**
 * The business calendar of this instance: an in-memory snapshot of {@code dl_calendar_day}. Edits on this instance
 * drop the snapshot at once; edits on another instance are noticed by comparing the calendar revision in the
 * database, at most every {@code liandong.deadline.calendar-check-interval}.
 */
@Service
class CachedBusinessCalendar implements BusinessCalendar {

	private final CalendarDays days;

	private final WorkingHours hours;

	private final long checkIntervalNanos;

	private volatile Snapshot snapshot;

	CachedBusinessCalendar(CalendarDays days, DeadlineProperties properties) {
		this.days = days;
		this.hours = properties.hours();
		this.checkIntervalNanos = properties.calendarCheckInterval().toNanos();
	}

	@Override
	public boolean isWorkingDay(LocalDate date) {
		return current().isWorkingDay(date);
	}

	@Override
	public Instant due(Instant start, TimeLimit limit) {
		return current().due(start, limit);
	}

	@Override
	public Instant partOf(Instant start, TimeLimit limit, double share) {
		return current().partOf(start, limit, share);
	}

	/** The current snapshot, reloaded when the calendar revision in the database moved on. */
	WorkingTime current() {
		long now = System.nanoTime();
		Snapshot s = snapshot;
		if (s != null && now - s.checkedAt() < checkIntervalNanos) {
			return s.time();
		}
		synchronized (this) {
			s = snapshot;
			if (s != null && now - s.checkedAt() < checkIntervalNanos) {
				return s.time();
			}
			// Read the revision before the rows: a change in between only causes one more reload later.
			long revision = days.revision();
			WorkingTime time = s != null && s.revision() == revision ? s.time()
					: new WorkingTime(days.all(), hours, Zones.CITY);
			snapshot = new Snapshot(revision, time, now);
			return time;
		}
	}

	/** Forgets the snapshot; the next use reloads it. */
	void invalidate() {
		snapshot = null;
	}

	private record Snapshot(long revision, WorkingTime time, long checkedAt) {
	}
}
