package org.liandong.workorder.internal;

import java.util.List;

import org.liandong.identity.Actor;
import org.liandong.identity.PersonalDataAudit;
import org.liandong.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a citizen's name and phone number on one order: administrators, operators (they take calls and
 * revisit) and the lead unit's handlers (they must contact the citizen) unless the order is confidential, which
 * hides the citizen from every unit. Everyone else sees them masked; lists are always masked (hidden for a
 * confidential order). Every unmasked read is audited.
 * <p>
 * The order's free text follows the fields: whoever reads the citizen masked or hidden, and every list, reads the
 * title, content, result, answer and timeline notes without the citizen's name and phone number, nor any other
 * phone, ID number, e-mail address or introduced name ({@link OrderText}): an operator types the caller's number into
 * the content as often as into its field. The stored order keeps the text as taken in.
 */
@Component
class PersonalDataPolicy {

	private final PersonalDataAudit audit;

	PersonalDataPolicy(PersonalDataAudit audit) {
		this.audit = audit;
	}

	static WorkOrderView.Disclosure disclosureFor(Actor actor, WorkOrder order) {
		if (actor.isAdmin() || actor.is(Role.OPERATOR)) {
			return WorkOrderView.Disclosure.FULL;
		}
		if (hidesCitizenFrom(actor, order)) {
			return WorkOrderView.Disclosure.HIDDEN;
		}
		if (actor.is(Role.HANDLER) || actor.is(Role.GRID_WORKER)) {
			boolean lead = actor.is(Role.HANDLER) && actor.unitCode() != null
					&& actor.unitCode().equals(order.leadUnitCode);
			return lead ? WorkOrderView.Disclosure.FULL : WorkOrderView.Disclosure.MASKED;
		}
		return WorkOrderView.Disclosure.MASKED;
	}

	/** The order as this caller may see it, auditing the read when it shows personal data unmasked. */
	WorkOrderView view(Actor actor, WorkOrder order) {
		WorkOrderView.Disclosure disclosure = disclosureFor(actor, order);
		if (disclosure == WorkOrderView.Disclosure.FULL && (order.citizenName != null || order.citizenPhone != null)) {
			audit.recordRead(actor, "WORK_ORDER", order.id, "citizenName,citizenPhone");
		}
		return WorkOrderView.of(order, disclosure, text(actor, order));
	}

	/**
	 * The order's timeline as this caller reads it: its notes redacted for whoever reads the order's text redacted
	 * ({@link #redactsTextFor}), not audited; as written for the others, and their read audited (field
	 * {@code timeline}) when a note shows anything redaction would remove: an operator's or a unit's note names the
	 * caller and their number as often as the content does.
	 */
	List<TimelineEntry> timeline(Actor actor, WorkOrder order, List<TimelineEntry> entries) {
		boolean redacted = redactsTextFor(actor, order);
		if (!redacted && entries.stream()
			.anyMatch(e -> e.note() != null && !e.note().equals(OrderText.note(order, true, e.note())))) {
			audit.recordRead(actor, "WORK_ORDER", order.id, "timeline");
		}
		return OrderText.timeline(order, redacted, entries);
	}

	/**
	 * The order in a list: personal data masked, or hidden for a confidential order, and its text redacted, whoever
	 * asks.
	 */
	static WorkOrderView listView(WorkOrder order) {
		return WorkOrderView.of(order,
				order.confidential ? WorkOrderView.Disclosure.HIDDEN : WorkOrderView.Disclosure.MASKED,
				OrderText.of(order, true));
	}

	/**
	 * Whether the order hides its citizen from this caller (CONTRACT §4 {@code confidential}): a confidential order
	 * read by a unit's handler or a grid worker.
	 */
	static boolean hidesCitizenFrom(Actor actor, WorkOrder order) {
		return order.confidential && hidesConfidentialCitizensFrom(actor);
	}

	/** Whether confidential orders hide their citizen from this caller: units' handlers and grid workers. */
	static boolean hidesConfidentialCitizensFrom(Actor actor) {
		return actor.is(Role.HANDLER) || actor.is(Role.GRID_WORKER);
	}

	/**
	 * Whether this caller reads the order's free text redacted: whoever does not read its citizen in full (not
	 * audited: this asks, it does not read).
	 */
	static boolean redactsTextFor(Actor actor, WorkOrder order) {
		return disclosureFor(actor, order) != WorkOrderView.Disclosure.FULL;
	}

	/** The order's title and content as this caller reads them. */
	static OrderText text(Actor actor, WorkOrder order) {
		return OrderText.of(order, redactsTextFor(actor, order));
	}
}
