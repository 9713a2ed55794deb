package org.liandong.workorder.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.deadline.ScheduledDeadline;
import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.shared.TimeLimit;
import org.springframework.stereotype.Component;

/**
 * The clocks of a work order (CONTRACT §4): sign, response and handling deadlines start at dispatch, again at
 * reassignment and at reopening, each measured in its own mode; the item (or the configured defaults) gives the
 * limits, the urgency picks the handling limit.
 */
@Component
class OrderClocks {

	static final String OWNER_TYPE = "WORK_ORDER";
	static final String SIGN = "SIGN";
	static final String RESPONSE = "RESPONSE";
	static final String HANDLE = "HANDLE";

	private final Deadlines deadlines;
	private final Directory directory;
	private final WorkOrderProperties properties;

	OrderClocks(Deadlines deadlines, Directory directory, WorkOrderProperties properties) {
		this.deadlines = deadlines;
		this.directory = directory;
		this.properties = properties;
	}

	void start(WorkOrder order, Instant at) {
		DeadlineOwner owner = owner(order);
		deadlines.completeAll(owner);
		Item item = order.itemCode == null ? null : directory.item(order.itemCode).orElse(null);
		TimeLimit sign = item != null && item.limits().sign() != null ? item.limits().sign()
				: properties.defaultLimits().sign();
		TimeLimit response = item != null && item.limits().response() != null ? item.limits().response()
				: properties.defaultLimits().response();
		TimeLimit handle = handleLimit(item, order.urgency.name());
		ScheduledDeadline s = deadlines.schedule(owner, SIGN, at, sign);
		ScheduledDeadline r = deadlines.schedule(owner, RESPONSE, at, response);
		ScheduledDeadline h = deadlines.schedule(owner, HANDLE, at, handle);
		order.clocksStarted(s.dueAt(), r.dueAt(), h.dueAt());
	}

	/**
	 * The item's limit for the urgency; where the item has none, the configured default for the urgency (a 特急 order
	 * on an item that names only NORMAL gets the urgent two hours, not the item's days); then the item's NORMAL,
	 * then the default NORMAL.
	 */
	private TimeLimit handleLimit(Item item, String urgency) {
		Map<String, TimeLimit> own = item == null || item.limits().handle() == null ? Map.of() : item.limits().handle();
		Map<String, TimeLimit> defaults = properties.defaultLimits().handle();
		for (TimeLimit limit : new TimeLimit[] { own.get(urgency), defaults.get(urgency), own.get("NORMAL") }) {
			if (limit != null) {
				return limit;
			}
		}
		return defaults.get("NORMAL");
	}

	void signed(WorkOrder order) {
		deadlines.complete(owner(order), SIGN);
	}

	void responded(WorkOrder order) {
		deadlines.complete(owner(order), RESPONSE);
	}

	void stopAll(WorkOrder order) {
		deadlines.completeAll(owner(order));
	}

	/**
	 * Moves the handling clock to an approved extension's time. The order's flags are cleared (CONTRACT §4) when
	 * the time lies ahead; the clock warns again at the new span's warning point, at its next poll where that has
	 * passed already.
	 */
	void extend(WorkOrder order, Instant until) {
		deadlines.moveDue(owner(order), HANDLE, until);
	}

	/**
	 * A reply that goes to on-site verification: signing and response are over, the handling clock pauses (the
	 * verification's time is not the unit's) and {@link #resume}s if the verification fails, or stops if it passes.
	 */
	void pauseForVerification(WorkOrder order, Instant at) {
		DeadlineOwner owner = owner(order);
		deadlines.complete(owner, SIGN);
		deadlines.complete(owner, RESPONSE);
		deadlines.suspendAll(owner, at);
	}

	void suspend(WorkOrder order, Instant at) {
		deadlines.suspendAll(owner(order), at);
	}

	void resume(WorkOrder order, Instant at) {
		List<ScheduledDeadline> resumed = deadlines.resumeAll(owner(order), at);
		for (ScheduledDeadline d : resumed) {
			switch (d.kind()) {
				case SIGN -> order.signDueAt = d.dueAt();
				case RESPONSE -> order.responseDueAt = d.dueAt();
				case HANDLE -> order.dueAt = d.dueAt();
				default -> {
				}
			}
		}
	}

	static DeadlineOwner owner(WorkOrder order) {
		return new DeadlineOwner(OWNER_TYPE, order.id);
	}
}
