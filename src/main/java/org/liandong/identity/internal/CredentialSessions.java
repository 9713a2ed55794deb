package org.liandong.identity.internal;

import java.io.IOException;
import java.time.Duration;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A page request that brings its own credentials (HTTP Basic, a bearer token) signs no one into a session and keeps
 * its CSRF token in none ({@link CredentialCsrfTokens}); should anything still open one for it (a form's answer that
 * carries a message to the page it redirects to, a flash attribute), that session lives {@link #TIMEOUT} unused, not
 * the 8 hours of a signed-in visitor's: a script that calls pages without keeping cookies cannot pile them up.
 */
final class CredentialSessions extends OncePerRequestFilter {

	/** How long a session opened for a request with credentials lives unused: long enough to follow a redirect. */
	static final Duration TIMEOUT = Duration.ofMinutes(2);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		finally {
			HttpSession session = CredentialCsrfTokens.credentials(request) == null ? null : request.getSession(false);
			if (session != null && isNew(session)) {
				session.setMaxInactiveInterval((int) TIMEOUT.toSeconds());
			}
		}
	}

	private static boolean isNew(HttpSession session) {
		try {
			return session.isNew();
		}
		catch (IllegalStateException invalidated) {
			return false;
		}
	}
}
