package org.liandong.supervision;

import java.time.Instant;

/** A work order's lead unit was urged (催办). */
public record OrderUrged(String urgeId, String orderId, String unitCode, String note, String urgedBy, Instant at) {
}
