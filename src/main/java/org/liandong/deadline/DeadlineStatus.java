package org.liandong.deadline;

/** Life of a deadline row. */
public enum DeadlineStatus {
	/** Running; neither warned nor breached. */
	PENDING,
	/** The warning fired; the breach is still to come. */
	WARNED,
	/** The breach fired; nothing more will fire. */
	BREACHED,
	/** Paused (e.g. a shelved order); resumes with its remaining time. */
	SUSPENDED,
	/** Stopped before the breach because the work was done or the clock was replaced. */
	COMPLETED,
	/** Firing failed too often; parked for an operator to look at. */
	DEAD
}
