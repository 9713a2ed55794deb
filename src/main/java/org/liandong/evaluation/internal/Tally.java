package org.liandong.evaluation.internal;

import org.liandong.workorder.Satisfaction;

/**
 * The counters behind every rate (docs/evaluation.md): one order's contribution to one unit on one day, or the sum of
 * many. Immutable; {@link #plus} adds two.
 */
record Tally(long dispatched, long signedOnTime, long responded, long returns, long replied, long repliedOnTime,
		long handleSeconds, long revisits, long resolved, long satisfied, long basicallySatisfied, long dissatisfied,
		long reopens, long overdue) {

	static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	Tally plus(Tally o) {
		return new Tally(dispatched + o.dispatched, signedOnTime + o.signedOnTime, responded + o.responded,
				returns + o.returns, replied + o.replied, repliedOnTime + o.repliedOnTime,
				handleSeconds + o.handleSeconds, revisits + o.revisits, resolved + o.resolved, satisfied + o.satisfied,
				basicallySatisfied + o.basicallySatisfied, dissatisfied + o.dissatisfied, reopens + o.reopens,
				overdue + o.overdue);
	}

	static Tally dispatch(boolean signedOnTime, boolean responded, boolean returned) {
		return new Tally(1, b(signedOnTime), b(responded), b(returned), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	static Tally reply(boolean onTime, long handleSeconds) {
		return new Tally(0, 0, 0, 0, 1, b(onTime), handleSeconds, 0, 0, 0, 0, 0, 0, 0);
	}

	static Tally answer(boolean resolved, Satisfaction s) {
		return new Tally(0, 0, 0, 0, 0, 0, 0, 1, b(resolved), b(s == Satisfaction.SATISFIED),
				b(s == Satisfaction.BASICALLY_SATISFIED), b(s == Satisfaction.DISSATISFIED), 0, 0);
	}

	static Tally reopen() {
		return new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0);
	}

	static Tally breach() {
		return new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1);
	}

	boolean isZero() {
		return equals(ZERO);
	}

	private static long b(boolean v) {
		return v ? 1 : 0;
	}
}
