package org.liandong.identity.internal;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request authenticated by a bearer token (not by a password). */
class BearerAuthentication extends AbstractAuthenticationToken {

	private final AccountDetails principal;

	BearerAuthentication(AccountDetails principal) {
		super(principal.getAuthorities());
		this.principal = principal;
		setAuthenticated(true);
	}

	@Override
	public Object getCredentials() {
		return null;
	}

	@Override
	public Object getPrincipal() {
		return principal;
	}
}
