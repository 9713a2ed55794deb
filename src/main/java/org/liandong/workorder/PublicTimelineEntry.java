package org.liandong.workorder;

import java.time.Instant;

/** A timeline entry fit for the public: when, what, and the state after; no actor, note or attachment. */
public record PublicTimelineEntry(Instant at, String action, WorkOrderStatus status) {
}
