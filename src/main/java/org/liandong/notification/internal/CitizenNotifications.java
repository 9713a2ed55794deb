package org.liandong.notification.internal;

import java.util.List;

import org.liandong.intake.PortalOrders;

import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells citizens of receipt, of the unit's reply (a revisit follows) and of the closed result, by SMS to the phone
 * the order holds; the number is never logged unmasked. Merged orders are told through their master. One message
 * per event: the receipt of a portal order is the portal's own (it alone knows the query code); the revisit message
 * of every order carries the link for answering that revisit online (the portal sends no revisit text of its own).
 */
@Component
class CitizenNotifications {

	private final Notifier notifier;
	private final PortalOrders portal;

	CitizenNotifications(Notifier notifier, PortalOrders portal) {
		this.notifier = notifier;
		this.portal = portal;
	}

	/**
	 * The receipt is decided in the intake's own transaction (recorded with it, sent once it commits: docs/adr/0007),
	 * not by a listener of its own after the commit: one outbox row, one transaction and one thread hand-over less
	 * per intake. A failure here (the database's) fails the intake.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(WorkOrderEvent.Received e) {
		if (portal.trackLink(e.orderId(), e.channel()).isPresent()) {
			return;
		}
		notifier.toCitizenAsTakenIn(e.orderId(), StaffNotifications.key(e), NotificationKind.CITIZEN_RECEIPT,
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

	/**
	 * Every order with a phone, whatever its channel, gets the link that answers this revisit round online (the
	 * same action as a phone revisit); a portal order's link no longer needs its query code.
	 */
	private void revisitFollows(WorkOrderEvent e) {
		var order = notifier.order(e.orderId());
		if (order == null) {
			return;
		}
		notifier.toCitizen(e.orderId(), StaffNotifications.key(e), NotificationKind.CITIZEN_REVISIT_ONLINE,
				List.of(order.number(), portal.revisitLink(order.id(), order.reopenCount())));
	}
}
