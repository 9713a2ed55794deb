package org.liandong.deadline;

import java.time.Instant;

/** A deadline passed its due time (red). */
public record DeadlineBreached(String deadlineId, String ownerType, String ownerId, String kind, Instant dueAt,
		Instant firedAt) {
}
