package org.liandong.identity.internal;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** Password attempts for this username are refused for a while (HTTP 429 on the API). */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed login attempts; try again later.");
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one, for a {@code Retry-After} header. */
	long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}
}
