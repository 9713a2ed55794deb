package org.liandong.workorder.internal;

import static org.liandong.identity.Role.*;

import java.util.EnumSet;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.ForbiddenException;

/**
 * Who may perform which action on a visible order (CONTRACT §4, column "who"). ADMIN may do everything. Unit
 * actions belong to the handlers of the lead unit; verification to the grid worker of the order's grid or a
 * dispatcher. Refusals are 403: the caller sees the order but may not do this.
 */
final class ActionPolicy {

	private ActionPolicy() {
	}

	static void check(Actor actor, WorkOrder order, Action action) {
		if (actor.isAdmin()) {
			return;
		}
		boolean allowed = switch (action) {
			case ANSWER, REVISIT -> actor.is(OPERATOR);
			case DISPATCH, REASSIGN, APPROVE_RETURN, REJECT_RETURN, APPROVE_EXTENSION, REJECT_EXTENSION ->
				actor.is(DISPATCHER);
			case SIGN, CONTACT, REQUEST_RETURN, REQUEST_EXTENSION, REPLY -> isLeadHandler(actor, order);
			case VERIFY -> actor.is(DISPATCHER)
					|| (actor.is(GRID_WORKER) && order.gridCode != null && actor.gridCodes().contains(order.gridCode));
			case REOPEN, CLOSE -> in(actor, OPERATOR, SUPERVISOR);
			case SHELVE, UNSHELVE -> actor.is(SUPERVISOR);
			case MERGE -> in(actor, OPERATOR, DISPATCHER);
			case CANCEL -> actor.is(SUPERVISOR) || (actor.is(OPERATOR) && !order.cancelNeedsSupervisor());
		};
		if (!allowed) {
			throw new ForbiddenException(refusal(actor, action));
		}
	}

	/** Roles that may take in a new order through the staff API. */
	static void checkCreate(Actor actor) {
		if (!mayCreate(actor)) {
			throw new ForbiddenException("Your role (" + actor.role() + ") may not take in work orders.");
		}
	}

	/** Whether the actor may take in a new order (the rule of {@link #checkCreate}, for pages that offer it). */
	static boolean mayCreate(Actor actor) {
		return actor.isAdmin() || in(actor, OPERATOR, DISPATCHER, SUPERVISOR, GRID_WORKER);
	}

	static boolean isSupervisor(Actor actor) {
		return actor.isAdmin() || actor.is(SUPERVISOR);
	}

	private static boolean isLeadHandler(Actor actor, WorkOrder order) {
		return actor.is(HANDLER) && actor.unitCode() != null && actor.unitCode().equals(order.leadUnitCode);
	}

	private static boolean in(Actor actor, Role first, Role... rest) {
		return EnumSet.of(first, rest).contains(actor.role());
	}

	private static String refusal(Actor actor, Action action) {
		return switch (action) {
			case SIGN, CONTACT, REQUEST_RETURN, REQUEST_EXTENSION, REPLY ->
				"Only a handler of the lead unit may " + action.path() + " this work order.";
			case CANCEL -> actor.is(OPERATOR) ? "After dispatch only a supervisor may cancel a work order."
					: "Only an operator (before dispatch) or a supervisor may cancel a work order.";
			default -> "Your role (" + actor.role() + ") may not " + action.path() + " work orders.";
		};
	}
}
