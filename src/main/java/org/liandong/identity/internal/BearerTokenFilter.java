package org.liandong.identity.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A token that is malformed, tampered with, expired, issued
 * under an older password or belonging to a disabled user is answered 401 at once, never treated as anonymous.
 * Not a bean, so that the servlet container does not register it outside the security chains.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final BearerTokens tokens;

	private final Users users;

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(BearerTokens tokens, Users users, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<AccountDetails> principal = tokens.verify(header.substring(PREFIX.length()).strip())
			.flatMap(claims -> users.findRecent(claims.username())
				.filter(UserAccount::enabled)
				.filter(user -> tokens.matchesPassword(claims, user)))
			.map(user -> AccountDetails.of(user).withoutPassword());
		if (principal.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("Invalid or expired bearer token"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new BearerAuthentication(principal.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
