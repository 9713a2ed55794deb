package org.liandong.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Username and password authentication (form login and HTTP Basic) that asks the bcrypt-based delegate only for
 * credentials not verified within the cache's TTL.
 */
class CachingPasswordAuthenticationProvider implements AuthenticationProvider {

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
			return delegate.authenticate(authentication);
		}
		String key = cache.key(username, password);
		Optional<AccountDetails> cached = cache.get(key);
		if (cached.isPresent()) {
			return authenticated(cached.get(), authentication);
		}
		Authentication result = delegate.authenticate(authentication);
		AccountDetails principal = ((AccountDetails) result.getPrincipal()).withoutPassword();
		cache.put(key, principal);
		return authenticated(principal, authentication);
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
