package org.liandong.supervision.internal;

import org.liandong.deadline.DeadlineBreached;
import org.liandong.workorder.WorkOrderEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A handling deadline of a work order flagged as breached opens a supervision record (once per deadline); a breached
 * supervision deadline is flagged; a replied or finished order ends its open supervision.
 */
@Component
class SupervisionListeners {

	private final SupervisionService service;

	SupervisionListeners(SupervisionService service) {
		this.service = service;
	}

	@ApplicationModuleListener
	void on(DeadlineBreached e) {
		if (SupervisionService.OWNER_TYPE.equals(e.ownerType())) {
			service.flagOverdue(e.ownerId());
		}
	}

	/**
	 * A work order flagged overdue for its handling deadline: after the flag and its timeline entry, so that the
	 * supervision's entry follows the breach's (both listening to the deadline's own event, they raced).
	 */
	@ApplicationModuleListener
	void on(WorkOrderEvent.DeadlineFlagged e) {
		if (e.breached() && "HANDLE".equals(e.kind())) {
			service.openForBreach(e.orderId(), e.deadlineId() != null ? e.deadlineId() : e.orderId() + "@" + e.dueAt());
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied e) {
		service.endFor(e.orderId(), "REPLIED", e.at());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Closed e) {
		service.endFor(e.orderId(), "CLOSED", e.at());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Cancelled e) {
		service.endFor(e.orderId(), "CANCELLED", e.at());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Merged e) {
		service.endFor(e.orderId(), "MERGED", e.at());
	}
}
