package org.liandong.identity.internal;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The account could not be looked up because the database is out of reach: answered 503 with {@code Retry-After}
 * (the sign-in form: {@code /login?unavailable}), not counted against the username. Not Spring Security's
 * {@code InternalAuthenticationServiceException}, which the form login logs with its stack trace at every attempt.
 */
class AccountsOutOfReachException extends AuthenticationServiceException {

	AccountsOutOfReachException(Throwable cause) {
		super("The accounts cannot be read: the database is out of reach.", cause);
	}
}
