package org.liandong.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Puts the {@link LoginThrottle} in front of password authentication, for form login and HTTP Basic alike, with the
 * request's client address.
 */
class ThrottlingAuthenticationManager implements AuthenticationManager {

	private final AuthenticationManager delegate;

	private final LoginThrottle throttle;

	ThrottlingAuthenticationManager(AuthenticationManager delegate, LoginThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		if (!(authentication instanceof UsernamePasswordAuthenticationToken)) {
			return delegate.authenticate(authentication);
		}
		String username = authentication.getName();
		String address = clientAddress();
		Optional<java.time.Duration> wait = throttle.retryAfter(username, address);
		if (wait.isPresent()) {
			throw new LoginThrottledException(wait.get());
		}
		try {
			Authentication result = delegate.authenticate(authentication);
			throttle.reset(username, address);
			return result;
		}
		catch (BadCredentialsException e) {
			throttle.recordFailure(username, address);
			throw e;
		}
	}

	/** The client address of the request being served (as the container reads it), or null outside a request. */
	private static String clientAddress() {
		if (org.springframework.web.context.request.RequestContextHolder
			.getRequestAttributes() instanceof org.springframework.web.context.request.ServletRequestAttributes a) {
			return a.getRequest().getRemoteAddr();
		}
		return null;
	}
}
