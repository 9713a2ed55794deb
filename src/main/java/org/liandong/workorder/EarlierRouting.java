package org.liandong.workorder;

import java.time.Instant;

/**
 * How an order back in the dispatch queue (RECEIVED) was routed before: the lead unit of its latest dispatch or
 * reassignment, and, when that unit returned it (退单, approved by a dispatcher), why and when. The console marks a
 * returned order and does not suggest the unit that returned it again.
 *
 * @param returnReason the unit's reason for the return as a list shows it (without the citizen's name and numbers);
 * null when the order was not returned after that dispatch (an order merged and unmerged, say)
 * @param returnedAt when the return was approved; null when not returned
 */
public record EarlierRouting(String leadUnitCode, Instant dispatchedAt, String returnReason, Instant returnedAt) {

	/** Whether the unit returned the order to the dispatch queue after this dispatch. */
	public boolean returned() {
		return returnedAt != null;
	}
}
