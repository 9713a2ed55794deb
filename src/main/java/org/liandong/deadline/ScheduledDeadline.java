package org.liandong.deadline;

import java.time.Instant;

/** A persisted deadline: its id, owner, kind, and when it warns and breaches. */
public record ScheduledDeadline(String id, DeadlineOwner owner, String kind, Instant startedAt, Instant warnAt,
		Instant dueAt, DeadlineStatus status) {
}
