package org.liandong.workorder;

import java.time.LocalDate;

/**
 * Filters of a work-order search (as {@code GET /api/v1/work-orders}); every field optional. {@code status} may list
 * several states separated by commas; {@code unit} matches lead and co-units and the units below them; {@code from}
 * and {@code to} are Asia/Shanghai dates (inclusive, exclusive) of intake; {@code phone} finds a caller's orders.
 */
public record WorkOrderFilter(String status, String unit, String region, String item, String urgency,
		Boolean overdue, String channel, LocalDate from, LocalDate to, String q, String phone) {

	public static WorkOrderFilter none() {
		return new WorkOrderFilter(null, null, null, null, null, null, null, null, null, null, null);
	}
}
