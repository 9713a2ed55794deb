package org.liandong.linkage;

import java.time.Instant;

/** The blowing unit closed its whistle: the matter is done. */
public record WhistleClosed(String whistleId, String unitCode, Instant at) {
}
