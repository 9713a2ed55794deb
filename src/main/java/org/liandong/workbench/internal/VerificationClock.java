package org.liandong.workbench.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.shared.TimeLimit;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrders;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the on-site verification deadline when a replied order enters VERIFYING and stops it at the verdict.
 * Scheduling replaces an active clock of the same kind. An event may come again, much later (delivered again at a
 * restart or after a failure, docs/adr/0012): a reply whose verdict has been given, or of an earlier round than the
 * clock running, starts nothing; a verdict stops only a clock started before it, not the next round's. Both hold
 * the order's row while they look and act, so that the same event delivered twice at once (a delivery taken for lost
 * while it still runs) starts one clock, not two.
 */
@Component
class VerificationClock {

	static final String OWNER_TYPE = "VERIFICATION";
	static final String KIND = "VERIFY";

	private final Deadlines deadlines;
	private final WorkbenchProperties properties;
	private final WorkOrders orders;

	VerificationClock(Deadlines deadlines, WorkbenchProperties properties, WorkOrders orders) {
		this.deadlines = deadlines;
		this.properties = properties;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied e) {
		if (e.next() != WorkOrderStatus.VERIFYING
				|| orders.findLocked(e.orderId()).map(o -> o.status() != WorkOrderStatus.VERIFYING).orElse(true)) {
			return; // no verification asked, or its verdict given since
		}
		var owner = new DeadlineOwner(OWNER_TYPE, e.orderId());
		// unless this reply's clock, or a later round's, is running (clocks keep milliseconds)
		Instant replied = e.at().truncatedTo(ChronoUnit.MILLIS);
		if (deadlines.active(owner).stream().allMatch(d -> d.startedAt().isBefore(replied))) {
			deadlines.schedule(owner, KIND, e.at(), TimeLimit.natural(properties.verificationLimit()));
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Verified e) {
		orders.findLocked(e.orderId());
		var owner = new DeadlineOwner(OWNER_TYPE, e.orderId());
		if (deadlines.active(owner).stream().anyMatch(d -> !d.startedAt().isAfter(e.at()))) {
			deadlines.complete(owner, KIND);
		}
	}
}
