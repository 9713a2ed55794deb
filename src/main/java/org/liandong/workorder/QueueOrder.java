package org.liandong.workorder;

/** How a working queue orders its orders, so that the first page holds the ones to act on first. */
public enum QueueOrder {

	/** Most urgent first (critical, urgent, complex, normal), then oldest first: the dispatcher's queue. */
	MOST_URGENT_OLDEST,

	/**
	 * Overdue first (the handling deadline breached, or the sign deadline of an order still waiting to be signed),
	 * then warned, then by handling deadline (none last), then oldest: units and supervisors.
	 */
	MOST_LATE;

}
