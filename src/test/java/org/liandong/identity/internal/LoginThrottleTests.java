package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.liandong.support.MutableClock;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(IdentityProperties.defaults(), clock);

	private static final String HERE = "10.0.0.1";

	@Test
	void fiveFailuresWithinTheWindowThrottleTheUsernameFromThatAddressForTheLockout() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("bob", HERE);
			clock.advance(Duration.ofMinutes(3));
		}
		assertThat(throttle.retryAfter("bob", HERE)).isEmpty();

		throttle.recordFailure("BOB", HERE);

		assertThat(throttle.retryAfter("bob", HERE)).contains(Duration.ofMinutes(15));
		assertThat(throttle.retryAfter("carol", HERE)).isEmpty();
		// the user signs in from elsewhere: five requests of an anonymous client do not lock anyone out
		assertThat(throttle.retryAfter("bob", "10.0.0.2")).isEmpty();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.retryAfter("bob", HERE)).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("bob", HERE);
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.recordFailure("bob", HERE);

		assertThat(throttle.retryAfter("bob", HERE)).isEmpty();
	}

	@Test
	void guessingSpreadOverManyAddressesThrottlesTheUsernameForEveryone() {
		for (int i = 0; i < 49; i++) {
			throttle.recordFailure("erin", "10.1.0." + i);
		}
		assertThat(throttle.retryAfter("erin", "10.9.9.9")).isEmpty();
		throttle.recordFailure("erin", "10.1.1.1");
		assertThat(throttle.retryAfter("erin", "10.9.9.9")).contains(Duration.ofMinutes(15));
	}

	@Test
	void onePasswordTriedOnManyUsernamesThrottlesTheAddressWhereALimitIsSet() {
		for (int i = 0; i < 200; i++) {
			throttle.recordFailure("user" + i, HERE);
		}
		// none by default: many staff may share an address
		assertThat(throttle.retryAfter("frank", HERE)).isEmpty();
		var d = IdentityProperties.defaults();
		LoginThrottle throttle = new LoginThrottle(new IdentityProperties(d.basicCacheTtl(), d.basicCacheMaxEntries(),
				d.tokenTtl(), d.maxFailedLogins(), d.failureWindow(), d.lockout(), List.of(), 50, 100), clock);
		for (int i = 0; i < 99; i++) {
			throttle.recordFailure("user" + i, HERE);
		}
		assertThat(throttle.retryAfter("frank", HERE)).isEmpty();
		throttle.recordFailure("user99", HERE);
		assertThat(throttle.retryAfter("frank", HERE)).contains(Duration.ofMinutes(15));
		assertThat(throttle.retryAfter("frank", "10.0.0.2")).isEmpty();
	}

	@Test
	void theManagerRefusesAThrottledUsernameEvenWithTheRightPasswordAndResetsOnSuccess() {
		var manager = new ThrottlingAuthenticationManager(a -> {
			if (!"right".equals(a.getCredentials())) {
				throw new BadCredentialsException("bad");
			}
			return a;
		}, throttle);
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> manager.authenticate(login("dave", "wrong"))).isInstanceOf(BadCredentialsException.class);
		}
		manager.authenticate(login("dave", "right"));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> manager.authenticate(login("dave", "wrong"))).isInstanceOf(BadCredentialsException.class);
		}

		assertThatThrownBy(() -> manager.authenticate(login("dave", "right")))
			.isInstanceOfSatisfying(LoginThrottledException.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(900));
	}

	private static UsernamePasswordAuthenticationToken login(String username, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
	}
}
