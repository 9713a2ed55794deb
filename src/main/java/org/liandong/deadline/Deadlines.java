package org.liandong.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.liandong.shared.TimeLimit;

/**
 * Schedules, moves and stops deadlines. Every method joins the caller's transaction, so a deadline is scheduled
 * exactly when the business change that needs it commits.
 */
public interface Deadlines {

	/**
	 * Starts a clock: replaces any active deadline of the same owner and kind. The warning falls at the configured
	 * share (default 80 %) of the limit measured in its mode, the breach at the limit.
	 */
	ScheduledDeadline schedule(DeadlineOwner owner, String kind, Instant start, TimeLimit limit);

	/** Moves the due time of the active deadline of that kind (e.g. an approved extension); warning re-derived. */
	Optional<ScheduledDeadline> moveDue(DeadlineOwner owner, String kind, Instant newDue);

	/** Stops the clock of one kind (the work was done); no event fires afterwards. */
	void complete(DeadlineOwner owner, String kind);

	/** Stops every clock of the owner. */
	void completeAll(DeadlineOwner owner);

	/** Pauses every active clock of the owner (e.g. a shelved order). */
	void suspendAll(DeadlineOwner owner, Instant at);

	/** Resumes paused clocks; warning and due times move on by the paused time. */
	List<ScheduledDeadline> resumeAll(DeadlineOwner owner, Instant at);

	/** The active (pending, warned or suspended) deadlines of an owner. */
	List<ScheduledDeadline> active(DeadlineOwner owner);
}
