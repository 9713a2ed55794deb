package org.liandong.workorder.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.workorder.WorkOrderStatus;

/** One line of an order's append-only timeline. */
record TimelineEntry(Instant at, String actor, String actorRole, String action, WorkOrderStatus fromStatus,
		WorkOrderStatus toStatus, String note, List<String> attachments) {

	TimelineEntry {
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** The same entry with its note as a page shows it. */
	TimelineEntry withNote(String shown) {
		return new TimelineEntry(at, actor, actorRole, action, fromStatus, toStatus, shown, attachments);
	}
}
