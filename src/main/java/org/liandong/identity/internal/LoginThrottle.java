package org.liandong.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Refuses password attempts after too many failures within {@code failureWindow}, for {@code lockout}, counted three
 * ways: for a username from one client address ({@code maxFailedLogins}, 5: that address is refused for the
 * username, while the user signs in from elsewhere, so an anonymous client cannot lock out any account with five
 * requests a quarter of an hour); for a username from all addresses ({@code maxFailedLoginsPerUser}, 50: guessing
 * spread over many addresses); and, where a deployment sees its clients' own addresses, from one address for all
 * usernames ({@code maxFailedLoginsPerAddress}, off by default: one password tried on many usernames). The address is the request's client address (behind a proxy, the forwarded one
 * when the platform is told to read it, see docs/operations.md). Kept in memory, so per instance: behind a load
 * balancer an attacker gets that many tries on each instance, which still defeats online guessing.
 */
class LoginThrottle {

	private final Map<String, Attempts> counters = new ConcurrentHashMap<>();

	private final IdentityProperties properties;

	private final Clock clock;

	LoginThrottle(IdentityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/** How long the caller must wait before trying this username from this address again, if it is refused now. */
	Optional<Duration> retryAfter(String username, String address) {
		if (counters.isEmpty()) { // no failure anywhere lately: every sign-in's case, without building the keys
			return Optional.empty();
		}
		Instant now = clock.instant();
		Duration longest = null;
		for (String key : keys(username, address)) {
			Attempts attempts = counters.get(key);
			if (attempts == null) {
				continue;
			}
			synchronized (attempts) {
				if (attempts.lockedUntil != null && attempts.lockedUntil.isAfter(now)) {
					Duration wait = Duration.between(now, attempts.lockedUntil);
					longest = longest == null || wait.compareTo(longest) > 0 ? wait : longest;
				}
			}
		}
		return Optional.ofNullable(longest);
	}

	void recordFailure(String username, String address) {
		Instant now = clock.instant();
		List<String> keys = keys(username, address);
		int[] limits = { properties.maxFailedLogins(), properties.maxFailedLoginsPerUser(),
				properties.maxFailedLoginsPerAddress() };
		for (int i = 0; i < keys.size(); i++) {
			if (limits[i] == 0) {
				continue; // a limit not set
			}
			Attempts attempts = counters.computeIfAbsent(keys.get(i), k -> new Attempts());
			synchronized (attempts) {
				Instant windowStart = now.minus(properties.failureWindow());
				while (!attempts.failures.isEmpty() && !attempts.failures.peekFirst().isAfter(windowStart)) {
					attempts.failures.removeFirst();
				}
				attempts.failures.addLast(now);
				if (attempts.failures.size() >= limits[i]) {
					attempts.lockedUntil = now.plus(properties.lockout());
					attempts.failures.clear();
				}
			}
		}
		if (counters.size() > 100_000) {
			counters.values().removeIf(a -> a.idleSince(now.minus(properties.failureWindow().plus(properties.lockout()))));
		}
	}

	/** A successful sign-in: the username's failures, from this address and in all, are forgotten. */
	void reset(String username, String address) {
		List<String> keys = keys(username, address);
		counters.remove(keys.get(0));
		counters.remove(keys.get(1));
	}

	/** The counters a failure counts on: the username from the address, the username, the address. */
	private static List<String> keys(String username, String address) {
		String user = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		String from = address == null ? "" : address;
		return List.of("pair:" + user + "@" + from, "user:" + user, "address:" + from);
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
