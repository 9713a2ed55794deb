package org.liandong.workbench.internal;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.Deadlines;
import org.liandong.shared.TimeLimit;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts the on-site verification deadline when a replied order enters VERIFYING and stops it at the verdict.
 * Scheduling replaces an active clock of the same kind, so a second delivery changes nothing that matters.
 */
@Component
class VerificationClock {

	static final String OWNER_TYPE = "VERIFICATION";
	static final String KIND = "VERIFY";

	private final Deadlines deadlines;
	private final WorkbenchProperties properties;

	VerificationClock(Deadlines deadlines, WorkbenchProperties properties) {
		this.deadlines = deadlines;
		this.properties = properties;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied e) {
		if (e.next() == WorkOrderStatus.VERIFYING) {
			var owner = new DeadlineOwner(OWNER_TYPE, e.orderId());
			boolean running = deadlines.active(owner).stream().anyMatch(d -> d.startedAt().equals(e.at()));
			if (!running) {
				deadlines.schedule(owner, KIND, e.at(), TimeLimit.natural(properties.verificationLimit()));
			}
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Verified e) {
		deadlines.complete(new DeadlineOwner(OWNER_TYPE, e.orderId()), KIND);
	}
}
