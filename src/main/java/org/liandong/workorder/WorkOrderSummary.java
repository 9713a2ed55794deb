package org.liandong.workorder;

import java.time.Instant;
import java.util.List;

/**
 * An order's state and routing for other modules, without the citizen's personal data.
 *
 * @param signDueAt when the lead unit must sign (签收时限) from its dispatch; null before a dispatch
 * @param signOverdue whether the sign deadline was breached before the unit signed (CONTRACT §4 {@code signOverdue})
 */
public record WorkOrderSummary(String id, String number, WorkOrderStatus status, Channel channel, Nature nature,
		String title, String content, String address, Double lat, Double lon, String regionCode, String gridCode,
		String itemCode, Urgency urgency, boolean confidential, String leadUnitCode, List<String> coUnitCodes,
		Instant dispatchedAt, Instant dueAt, boolean warned, boolean overdue, String result, int reopenCount,
		String masterId, Instant createdAt, Instant updatedAt, Instant closedAt, int version, Instant signDueAt,
		boolean signOverdue) {
}
