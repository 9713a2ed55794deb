package org.liandong.supervision.internal;

import java.time.Instant;

import org.liandong.workorder.SharedTexts;

/** An urging (催办) of a work order's lead unit. Its note is shown {@link #redacted} to every reader. */
record Urge(String id, String workOrderId, String orderNumber, String unitCode, String note, String urgedBy,
		Instant at) {

	/** The urging as every reader reads it: its note as a {@link Supervision#redacted supervision's reason}. */
	Urge redacted(SharedTexts texts) {
		return new Urge(id, workOrderId, orderNumber, unitCode, texts.redact(workOrderId, note), urgedBy, at);
	}
}
