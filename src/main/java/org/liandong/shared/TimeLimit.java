package org.liandong.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * A time limit: an ISO-8601 duration measured in a {@link LimitMode}. For {@link LimitMode#WORKING_DAYS} the
 * duration's whole days count (e.g. {@code P5D} is five working days).
 */
public record TimeLimit(Duration duration, LimitMode mode) {

	public TimeLimit {
		Objects.requireNonNull(duration, "duration");
		Objects.requireNonNull(mode, "mode");
		if (duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("A time limit must be positive: " + duration);
		}
	}

	/**
	 * Whether the duration is longer than its mode's {@link LimitMode#maximum()}: such a limit cannot be scheduled
	 * (validation refuses it; one stored before that validation existed is refused at scheduling).
	 */
	public boolean exceedsMaximum() {
		return duration.compareTo(mode.maximum()) > 0;
	}

	/**
	 * The duration as items, their import and the API write it: whole days for {@link LimitMode#WORKING_DAYS}, which
	 * counts days ({@code P5D}, not the {@code PT120H} {@link Duration#toString()} writes; a remainder follows, as in
	 * {@code P1DT4H}), and ISO-8601 hours and minutes for the time-based modes ({@code PT24H}, {@code PT2H}).
	 */
	public String durationText() {
		long days = duration.toDays();
		if (mode != LimitMode.WORKING_DAYS || days == 0) {
			return duration.toString();
		}
		Duration rest = duration.minusDays(days);
		return "P" + days + "D" + (rest.isZero() ? "" : rest.toString().substring(1));
	}

	public static TimeLimit natural(Duration duration) {
		return new TimeLimit(duration, LimitMode.NATURAL);
	}
}
