package org.liandong.intake.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Fixed-window rate limits per source (client IP or api key) for the public doors. Limits are per source, never
 * global, so one abuser cannot lock out the city. Counters live in this node's memory: with several nodes each
 * node enforces the limit on its own share of the traffic, which is acceptable for abuse protection.
 */
@Component
class RateLimiter {

	private final Clock clock;
	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	RateLimiter(Clock clock) {
		this.clock = clock;
	}

	/** Counts one request; empty when allowed, else how long until the next one is allowed. */
	Optional<Duration> acquire(String key, int limit, Duration period) {
		Instant now = clock.instant();
		if (windows.size() > 100_000) {
			windows.values().removeIf(w -> !w.end.isAfter(now));
		}
		Window w = windows.compute(key, (k, old) -> old == null || !old.end.isAfter(now)
				? new Window(now.plus(period), 1) : new Window(old.end, old.count + 1));
		if (w.count <= limit) {
			return Optional.empty();
		}
		Duration wait = Duration.between(now, w.end);
		return Optional.of(wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait);
	}

	/**
	 * Whether the key has used up its allowance in the current window, without counting a request: empty when not,
	 * else how long until the window ends (for a limit on failures, counted by {@link #acquire} only when one happens).
	 */
	Optional<Duration> exhausted(String key, int limit) {
		Instant now = clock.instant();
		Window w = windows.get(key);
		if (w == null || !w.end.isAfter(now) || w.count < limit) {
			return Optional.empty();
		}
		return Optional.of(Duration.between(now, w.end));
	}

	/**
	 * Takes back one request counted in the current window (one that changed nothing: a form refused for what was
	 * typed), so that a citizen's mistakes do not use up their allowance.
	 */
	void release(String key) {
		Instant now = clock.instant();
		windows.computeIfPresent(key, (k, w) -> w.end.isAfter(now) && w.count > 0 ? new Window(w.end, w.count - 1) : w);
	}

	/** Seconds for a {@code Retry-After} header, at least 1. */
	static long seconds(Duration wait) {
		return Math.max(1, (wait.toMillis() + 999) / 1000);
	}

	private record Window(Instant end, int count) {
	}
}
