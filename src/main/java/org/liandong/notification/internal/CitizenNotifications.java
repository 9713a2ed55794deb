package org.liandong.notification.internal;

import java.util.List;

import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells citizens of receipt, of the unit's reply (a revisit follows) and of the closed result, by SMS to the phone
 * the order holds; the number is never logged unmasked. Merged orders are told through their master.
 */
@Component
class CitizenNotifications {

	private final Notifier notifier;

	CitizenNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Received e) {
		notifier.toCitizen(e.orderId(), StaffNotifications.key(e), NotificationKind.CITIZEN_RECEIPT,
				List.of(e.number()));
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied e) {
		if (e.next() == WorkOrderStatus.REVISITING) {
			revisitFollows(e);
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Verified e) {
		if (e.passed()) {
			revisitFollows(e);
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Closed e) {
		var order = notifier.order(e.orderId());
		if (order != null && !e.unreachable()) {
			notifier.toCitizen(e.orderId(), StaffNotifications.key(e), NotificationKind.CITIZEN_RESULT,
					List.of(order.number(), order.result() == null ? "" : order.result()));
		}
	}

	private void revisitFollows(WorkOrderEvent e) {
		var order = notifier.order(e.orderId());
		if (order != null) {
			notifier.toCitizen(e.orderId(), StaffNotifications.key(e), NotificationKind.CITIZEN_REVISIT,
					List.of(order.number()));
		}
	}
}
