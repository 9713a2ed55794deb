package org.liandong.notification.internal;

import java.util.List;

import org.liandong.linkage.WhistleBlown;
import org.liandong.supervision.OrderUrged;
import org.liandong.supervision.SupervisionOpened;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns events into inbox notifications for staff; idempotent through the inbox's event keys. */
@Component
class StaffNotifications {

	private final Notifier notifier;

	StaffNotifications(Notifier notifier) {
		this.notifier = notifier;
	}

	/**
	 * To the lead unit's handlers and the co-units', the title as a list shows it: a notification's text is shown
	 * redacted to every reader (docs/notifications.md), and a title derived from the content is derived again from the
	 * redacted content, so that a number the derivation cut short is not stored either.
	 */
	@ApplicationModuleListener
	void on(WorkOrderEvent.Dispatched e) {
		var listed = notifier.orderListed(e.orderId());
		if (listed == null) {
			return;
		}
		List<String> args = List.of(listed.number(), listed.title());
		notifier.toUnits(List.of(e.leadUnitCode()), key(e), NotificationKind.NEW_ORDER, e.orderId(), null, args,
				link(e.orderId()));
		// a co-unit assists: asked to sign, as the lead is, it was refused (outside check, 2026-11-28)
		if (!e.coUnitCodes().isEmpty()) {
			notifier.toUnits(e.coUnitCodes(), key(e), NotificationKind.NEW_CO_ORDER, e.orderId(), null, args,
					link(e.orderId()));
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.DeadlineFlagged e) {
		if (!"HANDLE".equals(e.kind())) {
			return;
		}
		var order = notifier.order(e.orderId());
		if (order == null) {
			return;
		}
		NotificationKind kind = e.breached() ? NotificationKind.BREACHED : NotificationKind.WARNED;
		List<String> args = List.of(order.number(), Notifier.time(e.dueAt()));
		notifier.toUnits(List.of(e.leadUnitCode()), key(e) + ":" + e.breached(), kind, e.orderId(), null, args,
				link(e.orderId()));
		notifier.emailCopies(key(e) + ":" + e.breached(), kind, e.orderId(), args);
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Reopened e) {
		var order = notifier.order(e.orderId());
		if (order != null) {
			notifier.toUnits(List.of(e.unitCode()), key(e), NotificationKind.REOPENED, e.orderId(), null,
					List.of(order.number(), e.reason() == null ? "" : e.reason()), link(e.orderId()));
		}
	}

	@ApplicationModuleListener
	void on(WorkOrderEvent.Replied e) {
		var order = notifier.order(e.orderId());
		if (order != null && e.next() == WorkOrderStatus.VERIFYING) {
			notifier.toVerifiers(order, key(e));
		}
	}

	/** A failed on-site check sends the order back to the lead unit, which is told why. */
	@ApplicationModuleListener
	void on(WorkOrderEvent.Verified e) {
		var order = e.passed() || e.unitCode() == null ? null : notifier.order(e.orderId());
		if (order != null) {
			notifier.toUnits(List.of(e.unitCode()), key(e), NotificationKind.VERIFY_FAILED, e.orderId(), null,
					List.of(order.number(), e.note() == null ? "" : e.note()), link(e.orderId()));
		}
	}

	@ApplicationModuleListener
	void on(OrderUrged e) {
		var order = notifier.order(e.orderId());
		if (order != null) {
			List<String> args = List.of(order.number(), e.note());
			notifier.toUnits(List.of(e.unitCode()), "URGED:" + e.urgeId(), NotificationKind.URGED, e.orderId(),
					e.urgeId(), args, link(e.orderId()));
			notifier.emailCopies("URGED:" + e.urgeId(), NotificationKind.URGED, e.orderId(), args);
		}
	}

	@ApplicationModuleListener
	void on(SupervisionOpened e) {
		var order = notifier.order(e.orderId());
		if (order != null && e.unitCode() != null) {
			List<String> args = List.of(order.number(), e.level().name(), Notifier.time(e.dueAt()));
			notifier.toUnits(List.of(e.unitCode()), "SUPERVISED:" + e.supervisionId(), NotificationKind.SUPERVISED,
					e.orderId(), e.supervisionId(), args, link(e.orderId()));
			notifier.emailCopies("SUPERVISED:" + e.supervisionId(), NotificationKind.SUPERVISED, e.orderId(),
					args);
		}
	}

	@ApplicationModuleListener
	void on(WhistleBlown e) {
		notifier.toUnits(e.summonedUnitCodes(), "WHISTLE:" + e.whistleId(), NotificationKind.WHISTLE, e.workOrderId(),
				e.whistleId(), List.of(e.unitCode(), e.type().name(), Notifier.time(e.reportDueAt())),
				"/whistles/" + e.whistleId());
	}

	static String key(WorkOrderEvent e) {
		return e.getClass().getSimpleName() + ":" + e.orderId() + ":" + e.at().toEpochMilli();
	}

	private static String link(String orderId) {
		return "/work-orders/" + orderId;
	}
}
