package org.liandong.supervision.internal;

import org.liandong.deadline.DeadlineBreached;
import org.liandong.workorder.WorkOrderEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deadline of a work order (sign, response, handling) flagged as breached opens a supervision record (once per
 * deadline); the late act ends it, and so does the order leaving the unit; a record a supervisor opened follows the
 * order to its lead unit; a breached supervision deadline is flagged; a replied or finished order ends its open
 * supervision. Every listener is idempotent (the outbox may deliver an event twice).
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
	 * A work order flagged for a breached deadline: after the flag and its timeline entry, so that the supervision's
	 * entry follows the breach's (both listening to the deadline's own event, they raced).
	 */
	@ApplicationModuleListener
	void on(WorkOrderEvent.DeadlineFlagged e) {
		if (!e.breached()) {
			return;
		}
		BreachedDeadline.of(e.kind()).ifPresent(kind -> service.openForBreach(e.orderId(), kind, e.leadUnitCode(),
				e.deadlineId() != null ? e.deadlineId() : legacyKey(e, kind)));
	}

	/** The key of a breach stored before events named their deadline; a handling breach's as it always was. */
	private static String legacyKey(WorkOrderEvent.DeadlineFlagged e, BreachedDeadline kind) {
		String key = e.orderId() + "@" + e.dueAt();
		return kind == BreachedDeadline.HANDLE ? key : kind + ":" + key;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Signed e) {
		service.endBreachFor(e.orderId(), BreachedDeadline.SIGN, e.at());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.CitizenContacted e) {
		if (e.first()) {
			service.endBreachFor(e.orderId(), BreachedDeadline.RESPONSE, e.at());
		}
	}

	/** Dispatched after a return, or reassigned: the records follow the order to its new lead unit. */
	@ApplicationModuleListener
	void on(WorkOrderEvent.Dispatched e) {
		service.orderMoved(e.orderId(), e.leadUnitCode(), e.reassigned() ? "REASSIGNED" : "RETURNED", e.at());
	}

	/** An approved return: back in the dispatch queue, with no lead unit. */
	@ApplicationModuleListener
	void on(WorkOrderEvent.ReturnDecided e) {
		if (e.approved()) {
			service.orderMoved(e.orderId(), null, "RETURNED", e.at());
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
