package org.liandong.deadline;

import java.time.Instant;

/** A deadline reached its warning time (yellow). */
public record DeadlineWarned(String deadlineId, String ownerType, String ownerId, String kind, Instant dueAt,
		Instant firedAt) {
}
