package org.liandong.supervision.internal;

import java.time.Instant;

import org.liandong.supervision.SupervisionLevel;
import org.liandong.workorder.SharedTexts;

/**
 * A supervision order (督办单) as stored and shown: open while {@code closedAt} is null. Its reason is shown
 * {@link #redacted} to every reader. {@code unitCode} is the order's lead unit, null while the order waits for
 * dispatch; {@code breachKind} the deadline whose breach opened an automatic record (SIGN, RESPONSE, HANDLE), null for
 * one a supervisor opened.
 */
record Supervision(String id, String workOrderId, String orderNumber, String unitCode, SupervisionLevel level,
		String reason, Instant dueAt, boolean automatic, String openedBy, Instant openedAt, boolean overdue,
		boolean open, Instant closedAt, String closeReason, BreachedDeadline breachKind) {

	/**
	 * The record as every reader reads it: its reason and close reason without the order's citizen, nor any phone,
	 * ID number, e-mail address or introduced name; it reaches the lead unit and whoever oversees it, not only those
	 * who read the order's citizen in full.
	 */
	Supervision redacted(SharedTexts texts) {
		return new Supervision(id, workOrderId, orderNumber, unitCode, level, texts.redact(workOrderId, reason), dueAt,
				automatic, openedBy, openedAt, overdue, open, closedAt, texts.redact(workOrderId, closeReason), breachKind);
	}
}
