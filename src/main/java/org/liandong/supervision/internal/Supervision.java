package org.liandong.supervision.internal;

import java.time.Instant;

import org.liandong.supervision.SupervisionLevel;

/** A supervision order (督办单) as stored and shown: open while {@code closedAt} is null. */
record Supervision(String id, String workOrderId, String orderNumber, String unitCode, SupervisionLevel level,
		String reason, Instant dueAt, boolean automatic, String openedBy, Instant openedAt, boolean overdue,
		boolean open, Instant closedAt, String closeReason) {
}
