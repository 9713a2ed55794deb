package org.liandong.workorder.internal;

import org.liandong.identity.Actor;
import org.liandong.identity.PersonalDataAudit;
import org.liandong.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a citizen's name and phone number on one order: administrators, operators (they take calls and
 * revisit) and the lead unit's handlers (they must contact the citizen) unless the order is confidential, which
 * hides the citizen from every unit. Everyone else sees them masked; lists are always masked. Every unmasked read
 * is audited.
 */
@Component
class PersonalDataPolicy {

	private final PersonalDataAudit audit;

	PersonalDataPolicy(PersonalDataAudit audit) {
		this.audit = audit;
	}

	WorkOrderView.Disclosure disclosureFor(Actor actor, WorkOrder order) {
		if (actor.isAdmin() || actor.is(Role.OPERATOR)) {
			return WorkOrderView.Disclosure.FULL;
		}
		if (actor.is(Role.HANDLER) || actor.is(Role.GRID_WORKER)) {
			if (order.confidential) {
				return WorkOrderView.Disclosure.HIDDEN;
			}
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
		return WorkOrderView.of(order, disclosure);
	}

	static WorkOrderView listView(WorkOrder order) {
		return WorkOrderView.of(order,
				order.confidential ? WorkOrderView.Disclosure.HIDDEN : WorkOrderView.Disclosure.MASKED);
	}
}
