package org.liandong.workorder;

import java.time.Instant;

/** A return (退单) the lead unit asked for and the dispatcher has not decided yet: which unit, why and when. */
public record ReturnRequest(String unitCode, String reason, Instant requestedAt) {
}
