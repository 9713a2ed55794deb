package org.liandong.supervision.internal;

import java.time.Instant;

/** An urging (催办) of a work order's lead unit. */
record Urge(String id, String workOrderId, String orderNumber, String unitCode, String note, String urgedBy,
		Instant at) {
}
