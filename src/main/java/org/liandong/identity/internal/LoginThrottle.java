package org.liandong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses password attempts for a username after {@code maxFailedLogins} failures within {@code failureWindow},
 * for {@code lockout}. Kept in memory, so per instance: behind a load balancer an attacker gets that many tries on
 * each instance, which still defeats online guessing.
 */
class LoginThrottle {

	private final Map<String, Attempts> byUsername = new ConcurrentHashMap<>();

	private final IdentityProperties properties;

	private final Clock clock;

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the caller must wait before trying this username again, if it is throttled now. */
	Optional<Duration> retryAfter(String username) {
		Attempts attempts = byUsername.get(key(username));
		if (attempts == null) {
			return Optional.empty();
		}
		synchronized (attempts) {
			Instant now = clock.instant();
			if (attempts.lockedUntil != null && attempts.lockedUntil.isAfter(now)) {
				return Optional.of(Duration.between(now, attempts.lockedUntil));
			}
			return Optional.empty();
		}
	}

	void recordFailure(String username) {
		Instant now = clock.instant();
		Attempts attempts = byUsername.computeIfAbsent(key(username), k -> new Attempts());
		synchronized (attempts) {
			Instant windowStart = now.minus(properties.failureWindow());
			while (!attempts.failures.isEmpty() && !attempts.failures.peekFirst().isAfter(windowStart)) {
				attempts.failures.removeFirst();
			}
			attempts.failures.addLast(now);
			if (attempts.failures.size() >= properties.maxFailedLogins()) {
				attempts.lockedUntil = now.plus(properties.lockout());
				attempts.failures.clear();
			}
		}
		if (byUsername.size() > 100_000) {
			byUsername.values().removeIf(a -> a.idleSince(now.minus(properties.failureWindow().plus(properties.lockout()))));
		}
	}

	void reset(String username) {
		byUsername.remove(key(username));
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}

	private static final class Attempts {

		private final Deque<Instant> failures = new ArrayDeque<>();

		private Instant lockedUntil;

		synchronized boolean idleSince(Instant cutoff) {
			Instant last = failures.isEmpty() ? lockedUntil : failures.peekLast();
			return last == null || last.isBefore(cutoff);
		}
	}
}
