package org.liandong.evaluation;

import java.time.Instant;
import java.util.List;

/**
 * A reply scored below the configured threshold (docs/reply-quality.md): supervisors should look at it before the
 * revisit. {@code score} is 0–100; {@code reasons} say what was missing.
 */
public record ReplyQualityFlagged(String orderId, String unitCode, double score, List<String> reasons, Instant at) {
}
