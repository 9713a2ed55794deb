package org.liandong.intake.internal;

import java.util.Collection;

import org.liandong.shared.Redaction;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;

/** Our richer status for the public: the state in Chinese and its name, and the result once there is one. */
final class StatusNotes {

	private StatusNotes() {
	}

	static String label(WorkOrderStatus status) {
		return switch (status) {
			case RECEIVED -> "已受理";
			case DISPATCHED -> "已派单，待签收";
			case IN_PROGRESS -> "办理中";
			case RETURN_PENDING -> "退单审核中";
			case VERIFYING -> "核查中";
			case REVISITING -> "回访中";
			case CLOSED -> "已办结";
			case SHELVED -> "挂账";
			case MERGED -> "已合并";
			case CANCELLED -> "已作废";
			case ANSWERED -> "已直接答复";
		};
	}

	/**
	 * The notes of an order; the result redacted, with the order's own citizen name and phone and the names other
	 * texts of the order introduce ({@link Redaction#introducedNames}).
	 */
	static String of(WorkOrderSummary o, WorkOrders.Citizen citizen, Collection<String> names) {
		String notes = label(o.status()) + " (" + o.status().name() + ")";
		if (o.status() == WorkOrderStatus.MERGED) {
			// "closed" to Open311 from the merge on, though nothing is resolved yet: say what goes on (the master's
			// number is not named: it may be an order the public does not see)
			return notes + "：与反映同一问题的其他工单合并办理，随其办结并答复。";
		}
		if (o.result() != null && !o.result().isBlank() && o.status() != WorkOrderStatus.CANCELLED) {
			notes += "：" + Redaction.redact(o.result(), citizen.name(), citizen.phone(), names);
		}
		return notes;
	}
}
