package org.liandong.linkage;

import java.time.Instant;

/** The blowing unit rated a responder (1–5). */
public record WhistleRated(String whistleId, String ratedUnitCode, int score, Instant at) {
}
