package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.liandong.support.MutableClock;

class LoginThrottleTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));

	private final LoginThrottle throttle = new LoginThrottle(IdentityProperties.defaults(), clock);

	@Test
	void fiveFailuresWithinTheWindowThrottleTheUsernameForTheLockout() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("bob");
			clock.advance(Duration.ofMinutes(3));
		}
		assertThat(throttle.retryAfter("bob")).isEmpty();

		throttle.recordFailure("BOB");

		assertThat(throttle.retryAfter("bob")).contains(Duration.ofMinutes(15));
		assertThat(throttle.retryAfter("carol")).isEmpty();
		clock.advance(Duration.ofMinutes(15));
		assertThat(throttle.retryAfter("bob")).isEmpty();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("bob");
		}
		clock.advance(Duration.ofMinutes(16));
		throttle.recordFailure("bob");

		assertThat(throttle.retryAfter("bob")).isEmpty();
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
