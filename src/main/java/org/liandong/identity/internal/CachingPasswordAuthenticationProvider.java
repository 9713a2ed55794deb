package org.liandong.identity.internal;

import java.util.Optional;

import org.liandong.shared.web.FailureStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Username and password authentication (form login and HTTP Basic) that asks the bcrypt-based delegate only for
 * credentials not verified within the cache's TTL.
 */
class CachingPasswordAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(CachingPasswordAuthenticationProvider.class);

	private final AuthenticationProvider delegate;

	private final BasicCredentialCache cache;

	CachingPasswordAuthenticationProvider(AuthenticationProvider delegate, BasicCredentialCache cache) {
		this.delegate = delegate;
		this.cache = cache;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (username == null || !(credentials instanceof String password)) {
			return lookedUp(authentication);
		}
		String key = cache.key(username, password);
		Optional<AccountDetails> cached = cache.get(key);
		if (cached.isPresent()) {
			return authenticated(cached.get(), authentication);
		}
		Authentication result = lookedUp(authentication);
		AccountDetails principal = ((AccountDetails) result.getPrincipal()).withoutPassword();
		cache.put(key, principal);
		return authenticated(principal, authentication);
	}

	/** The delegate's answer; the database out of reach is said in a line, and answered 503 where it is read. */
	private Authentication lookedUp(Authentication authentication) {
		try {
			return delegate.authenticate(authentication);
		}
		catch (InternalAuthenticationServiceException e) {
			if (!FailureStatus.unavailable(e)) {
				throw e;
			}
			log.warn("Sign-in not possible: the database is out of reach ({})", FailureStatus.summary(e));
			throw new AccountsOutOfReachException(e);
		}
	}

	private static Authentication authenticated(AccountDetails principal, Authentication request) {
		var result = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
		result.setDetails(request.getDetails());
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
