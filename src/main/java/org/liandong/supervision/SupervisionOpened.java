package org.liandong.supervision;

import java.time.Instant;

/** A supervision order was opened on a work order; {@code automatic} when a breached deadline opened it. */
public record SupervisionOpened(String supervisionId, String orderId, String unitCode, SupervisionLevel level,
		boolean automatic, Instant dueAt, Instant at) {
}
