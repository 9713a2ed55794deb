package org.liandong.deadline.internal;

import java.time.Duration;
import java.time.Instant;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.DeadlineStatus;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.shared.LimitMode;

/** One row of {@code dl_deadline}, as read; changes go through {@link DeadlineRows} with the version it carries. */
record DeadlineRow(String id, DeadlineOwner owner, String kind, LimitMode mode, Duration duration, Instant startedAt,
		Instant warnAt, Instant dueAt, DeadlineStatus status, DeadlineStatus resumeStatus, Instant suspendedAt,
		Instant warnedAt, Instant breachedAt, int attempts, Instant nextAttemptAt, String lastError, long version,
		Instant createdAt, Instant updatedAt) {

	ScheduledDeadline toScheduled() {
		return new ScheduledDeadline(id, owner, kind, startedAt, warnAt, dueAt, status);
	}

	boolean working() {
		return mode != LimitMode.NATURAL;
	}

	/** The same row with new times and status (the retry bookkeeping is reset). */
	DeadlineRow retimed(Instant started, Instant warn, Instant due, DeadlineStatus newStatus, DeadlineStatus resume,
			Instant suspended, Instant warned, Instant breached) {
		return new DeadlineRow(id, owner, kind, mode, duration, started, warn, due, newStatus, resume, suspended,
				warned, breached, 0, null, null, version, createdAt, updatedAt);
	}
}
