package org.liandong.workorder;

import java.time.Instant;
import java.util.List;

/**
 * Events of the work-order lifecycle, one per transition, published in the transaction that made the change.
 * Each carries the order's id and the few facts listeners need; listeners must be idempotent.
 */
public sealed interface WorkOrderEvent {

	String orderId();

	Instant at();

	/** Taken in (受理). */
	record Received(String orderId, String number, Channel channel, Nature nature, String itemCode,
			String regionCode, Instant at) implements WorkOrderEvent {
	}

	/** Answered directly at intake (直办). */
	record Answered(String orderId, String articleId, Instant at) implements WorkOrderEvent {
	}

	/** Routed to a lead unit, first time, again after a return, or by reassignment. */
	record Dispatched(String orderId, String leadUnitCode, List<String> coUnitCodes, String itemCode,
			String regionCode, boolean reassigned, Instant signDueAt, Instant responseDueAt, Instant dueAt,
			Instant at) implements WorkOrderEvent {
	}

	/** Signed (签收) by the lead unit; {@code onTime} against the sign deadline. */
	record Signed(String orderId, String unitCode, boolean onTime, Instant at) implements WorkOrderEvent {
	}

	/** The lead unit recorded a contact with the citizen; {@code first} for the first one after dispatch. */
	record CitizenContacted(String orderId, String unitCode, String way, boolean first, boolean withinLimit,
			Instant at) implements WorkOrderEvent {
	}

	/** The lead unit asked to return the order (退单). */
	record ReturnRequested(String orderId, String unitCode, String reason, Instant at) implements WorkOrderEvent {
	}

	/** The return was approved or rejected. */
	record ReturnDecided(String orderId, String unitCode, boolean approved, String reason, Instant at)
			implements WorkOrderEvent {
	}

	/** The lead unit asked for more time (延期). */
	record ExtensionRequested(String orderId, String unitCode, Instant until, String reason, Instant at)
			implements WorkOrderEvent {
	}

	/** The extension was approved (the due time moved) or rejected. */
	record ExtensionDecided(String orderId, String unitCode, boolean approved, Instant dueAt, Instant at)
			implements WorkOrderEvent {
	}

	/** The lead unit replied with its result; {@code onTime} against the handling deadline. */
	record Replied(String orderId, String unitCode, boolean onTime, WorkOrderStatus next, Instant at)
			implements WorkOrderEvent {
	}

	/**
	 * A grid worker's on-site check passed or failed; a failed one goes back to the lead unit ({@code unitCode}) with
	 * the checker's note (its reason), which may be null.
	 */
	record Verified(String orderId, String unitCode, boolean passed, String note, Instant at)
			implements WorkOrderEvent {
	}

	/**
	 * The citizen was asked at revisit; {@code reached} false for a failed attempt. {@code resolved} and
	 * {@code satisfaction} are null when not reached.
	 */
	record Revisited(String orderId, String leadUnitCode, boolean reached, Boolean resolved,
			Satisfaction satisfaction, int attempt, Instant at) implements WorkOrderEvent {
	}

	/** Sent back to the lead unit after an unresolved or dissatisfied revisit (重办). */
	record Reopened(String orderId, String unitCode, int reopenCount, String reason, Instant at)
			implements WorkOrderEvent {
	}

	/** Closed (办结); {@code unreachable} when the citizen could not be reached. */
	record Closed(String orderId, String leadUnitCode, String reason, boolean unreachable, Instant at)
			implements WorkOrderEvent {
	}

	/** Shelved (挂账) or taken off the ledger again. */
	record ShelvedChanged(String orderId, boolean shelved, String reason, Instant at) implements WorkOrderEvent {
	}

	/** Attached to a master order as a duplicate. */
	record Merged(String orderId, String masterId, Instant at) implements WorkOrderEvent {
	}

	/** A duplicate whose master was cancelled is back in the dispatch queue, a request of its own again. */
	record Unmerged(String orderId, String formerMasterId, Instant at) implements WorkOrderEvent {
	}

	/** Cancelled as invalid. */
	record Cancelled(String orderId, String reason, Instant at) implements WorkOrderEvent {
	}

	/**
	 * A deadline of the order was warned or breached (flagged on the order, its timeline entry written); {@code kind}
	 * is SIGN, RESPONSE or HANDLE, {@code deadlineId} the deadline module's (null in events stored before it was
	 * given). A breached RESPONSE deadline has no flag nor timeline entry: it is published at every delivery of the
	 * deadline's breach while it is current, so its listeners must be idempotent (as every listener).
	 */
	record DeadlineFlagged(String orderId, String leadUnitCode, String kind, boolean breached, Instant dueAt,
			Instant at, String deadlineId) implements WorkOrderEvent {

		public DeadlineFlagged(String orderId, String leadUnitCode, String kind, boolean breached, Instant dueAt,
				Instant at) {
			this(orderId, leadUnitCode, kind, breached, dueAt, at, null);
		}
	}
}
