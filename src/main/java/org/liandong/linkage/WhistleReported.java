package org.liandong.linkage;

import java.time.Instant;

/** A summoned unit reported (报到); {@code late} when after the report limit. */
public record WhistleReported(String whistleId, String unitCode, boolean late, Instant at) {
}
