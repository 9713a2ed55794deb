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

	public static TimeLimit natural(Duration duration) {
		return new TimeLimit(duration, LimitMode.NATURAL);
	}
}
