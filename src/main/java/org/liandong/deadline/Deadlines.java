package org.liandong.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.liandong.shared.TimeLimit;

/**
 * Schedules, moves and stops deadlines. Every method joins the caller's transaction, so a deadline is scheduled
 * exactly when the business change that needs it commits. Times are kept to the millisecond. When a warning or a
 * breach time passes, the poller publishes {@link DeadlineWarned} or {@link DeadlineBreached} once (both, in that
 * order, for a row found late). See {@code docs/deadlines.md}.
 */
public interface Deadlines {

	/**
	 * Starts a clock: replaces (completes) any active deadline of the same owner and kind. The warning falls at the
	 * configured share (default 80 %) of the limit measured in its mode, the breach at the limit.
	 */
	ScheduledDeadline schedule(DeadlineOwner owner, String kind, Instant start, TimeLimit limit);

	/**
	 * Moves the due time of the latest pending, warned, breached or suspended deadline of that kind (e.g. an approved
	 * extension). The warning is re-derived at the same share of the new span from the start, measured in the limit's
	 * mode. A row whose new warning time is still ahead becomes PENDING again (warned and overdue cleared); a row whose
	 * warning time has passed but whose due time is ahead is WARNED (a warned or breached row is not warned again).
	 *
	 * @return the moved deadline, or empty when the owner has none of that kind
	 */
	Optional<ScheduledDeadline> moveDue(DeadlineOwner owner, String kind, Instant newDue);

	/** Stops the clock of one kind (the work was done); no event fires afterwards. Breached rows stay BREACHED. */
	void complete(DeadlineOwner owner, String kind);

	/** Stops every clock of the owner. */
	void completeAll(DeadlineOwner owner);

	/** Pauses every pending or warned clock of the owner (e.g. a shelved order). */
	void suspendAll(DeadlineOwner owner, Instant at);

	/**
	 * Resumes paused clocks: the time that was left at the suspension, measured in each limit's mode, counts again
	 * from {@code at} (for natural limits: warning and due times move on by the paused time).
	 */
	List<ScheduledDeadline> resumeAll(DeadlineOwner owner, Instant at);

	/** The active (pending, warned or suspended) deadlines of an owner, oldest first. */
	List<ScheduledDeadline> active(DeadlineOwner owner);
}
