package org.liandong.workorder.internal;

import static org.liandong.workorder.WorkOrderStatus.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.liandong.workorder.WorkOrderStatus;

/** The states from which each action may start (CONTRACT §4), for offering actions on pages. */
final class ActionStates {

	private static final Map<Action, Set<WorkOrderStatus>> FROM = Map.ofEntries(
			Map.entry(Action.ANSWER, EnumSet.of(RECEIVED)), Map.entry(Action.DISPATCH, EnumSet.of(RECEIVED)),
			Map.entry(Action.REASSIGN, EnumSet.of(DISPATCHED, IN_PROGRESS)), Map.entry(Action.SIGN, EnumSet.of(DISPATCHED)),
			Map.entry(Action.CONTACT, EnumSet.of(DISPATCHED, IN_PROGRESS)),
			Map.entry(Action.REQUEST_RETURN, EnumSet.of(DISPATCHED, IN_PROGRESS)),
			Map.entry(Action.APPROVE_RETURN, EnumSet.of(RETURN_PENDING)),
			Map.entry(Action.REJECT_RETURN, EnumSet.of(RETURN_PENDING)),
			Map.entry(Action.REQUEST_EXTENSION, EnumSet.of(IN_PROGRESS)),
			Map.entry(Action.APPROVE_EXTENSION, EnumSet.of(IN_PROGRESS)),
			Map.entry(Action.REJECT_EXTENSION, EnumSet.of(IN_PROGRESS)), Map.entry(Action.REPLY, EnumSet.of(IN_PROGRESS)),
			Map.entry(Action.VERIFY, EnumSet.of(VERIFYING)), Map.entry(Action.REVISIT, EnumSet.of(REVISITING)),
			Map.entry(Action.REOPEN, EnumSet.of(REVISITING)), Map.entry(Action.CLOSE, EnumSet.of(REVISITING)),
			Map.entry(Action.SHELVE, EnumSet.of(IN_PROGRESS)), Map.entry(Action.UNSHELVE, EnumSet.of(SHELVED)),
			Map.entry(Action.MERGE, EnumSet.of(RECEIVED, DISPATCHED)),
			Map.entry(Action.CANCEL, EnumSet.of(RECEIVED, DISPATCHED, IN_PROGRESS, RETURN_PENDING, VERIFYING,
					REVISITING, SHELVED)));

	private ActionStates() {
	}

	/**
	 * Whether the lifecycle would accept the action now: the state allows it, an extension decision has a pending
	 * request, a reopen is under the limit.
	 */
	static boolean offered(Action action, WorkOrder order, int maxReopens) {
		if (!FROM.get(action).contains(order.status)) {
			return false;
		}
		return switch (action) {
			case APPROVE_EXTENSION, REJECT_EXTENSION -> order.extensionUntil != null;
			case REQUEST_EXTENSION -> order.extensionUntil == null;
			case REOPEN -> order.reopenCount < maxReopens;
			default -> true;
		};
	}
}
