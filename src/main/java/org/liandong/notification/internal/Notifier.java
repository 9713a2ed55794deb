package org.liandong.notification.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.identity.UserDirectory;
import org.liandong.shared.Masking;
import org.liandong.shared.Zones;
import org.liandong.workorder.SharedTexts;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/** Addresses notifications: to the handlers of units, to users by role or grid, to citizens by SMS, e-mail copies. */
@Component
class Notifier {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Zones.CITY);

	private final Inbox inbox;
	private final Outgoing outgoing;
	private final UserDirectory users;
	private final WorkOrders workOrders;
	private final Templates templates;
	private final NotificationProperties properties;

	Notifier(Inbox inbox, Outgoing outgoing, UserDirectory users, WorkOrders workOrders, Templates templates,
			NotificationProperties properties) {
		this.inbox = inbox;
		this.outgoing = outgoing;
		this.users = users;
		this.workOrders = workOrders;
		this.templates = templates;
		this.properties = properties;
	}

	static String time(Instant at) {
		return at == null ? "" : TIME.format(at);
	}

	WorkOrderSummary order(String orderId) {
		return workOrders.find(orderId).orElse(null);
	}

	/** The order as a list shows it: its text without the citizen, for those who read the citizen masked. */
	WorkOrderSummary orderListed(String orderId) {
		return workOrders.findListed(orderId).orElse(null);
	}

	void toUnits(Collection<String> unitCodes, String eventKey, NotificationKind kind, String orderId, String refId,
			List<String> args, String link) {
		List<String> recipients = new ArrayList<>();
		for (String unit : unitCodes) {
			if (unit != null) {
				users.handlersOf(unit).forEach(a -> recipients.add(a.username()));
			}
		}
		inbox.deliver(recipients, eventKey, kind, orderId, refId, args, link);
	}

	/** To the supervisors who may see the order (their region scope covers it, or the whole city's). */
	void toSupervisorsOf(String orderId, String eventKey, NotificationKind kind, List<String> args, String link) {
		List<String> recipients = users.withRole(Role.SUPERVISOR)
			.stream()
			.filter(a -> workOrders.isVisibleTo(a, orderId))
			.map(Actor::username)
			.toList();
		inbox.deliver(recipients, eventKey, kind, orderId, null, args, link);
	}

	/**
	 * The order's number and title to the grid workers of the order's grid (who read a confidential order's title
	 * without its citizen, as units do), or to the dispatchers when the order has no grid or the grid nobody.
	 */
	void toVerifiers(WorkOrderSummary order, String eventKey) {
		List<Actor> verifiers = order.gridCode() == null ? List.of() : users.gridWorkersOf(order.gridCode());
		if (verifiers.isEmpty()) {
			verifiers = users.withRole(Role.DISPATCHER);
		}
		// grid workers and dispatchers read the citizen masked: the title without them (and a confidential
		// order's without its citizen)
		WorkOrderSummary shown = workOrders.findListed(order.id()).orElse(order);
		inbox.deliver(verifiers.stream().map(Actor::username).toList(), eventKey, NotificationKind.VERIFY, order.id(),
				null, List.of(shown.number(), shown.title()), "/workbench/verification");
	}

	/**
	 * An SMS to the order's citizen, recorded in the current transaction and sent once it commits
	 * ({@link Outgoing}): once per event key.
	 */
	void toCitizen(String orderId, String eventKey, NotificationKind kind, List<String> args) {
		toCitizen(() -> workOrders.citizenPhone(orderId), orderId, eventKey, kind, args);
	}

	/** As {@link #toCitizen(String, String, NotificationKind, List)}, to the phone the order was taken in with. */
	void toCitizenAsTakenIn(String orderId, String eventKey, NotificationKind kind, List<String> args) {
		toCitizen(() -> workOrders.takenIn(orderId).map(WorkOrders.TakenIn::citizenPhone), orderId, eventKey, kind,
				args);
	}

	private void toCitizen(Supplier<Optional<String>> phoneOf, String orderId, String eventKey,
			NotificationKind kind, List<String> args) {
		if (!properties.citizenSms()) {
			return;
		}
		phoneOf.get()
			.filter(p -> !p.isBlank())
			.ifPresent(phone -> outgoing.send(new Deliveries.Key(eventKey, "SMS", Masking.phone(phone)), kind,
					orderId, phone, null, templates.text(kind, args, Templates.CITIZEN_LOCALE)));
	}

	/**
	 * E-mail copies to the configured addresses, as {@link #toCitizen} once per event key and address. A copy leaves
	 * the platform and is never read again, so its text is redacted as it is written (an urge note with the caller's
	 * name and number, docs/notifications.md), as the inbox shows it.
	 */
	void emailCopies(String eventKey, NotificationKind kind, String orderId, List<String> stored) {
		if (properties.emailCopies().isEmpty()) {
			return;
		}
		SharedTexts texts = workOrders.sharedTexts(List.of(orderId));
		List<String> args = stored.stream().map(a -> texts.redact(orderId, a)).toList();
		for (String address : properties.emailCopies()) {
			outgoing.send(new Deliveries.Key(eventKey, "EMAIL", address), kind, null, address,
					templates.title(kind, args, Templates.CITIZEN_LOCALE),
					templates.text(kind, args, Templates.CITIZEN_LOCALE));
		}
	}
}
