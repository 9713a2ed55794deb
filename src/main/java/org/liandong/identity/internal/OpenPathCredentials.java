package org.liandong.identity.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * On the addresses open without login (CONTRACT §1: Open311, {@code /public/**}, the citizen portal, and device
 * events, which carry a signature of their own), an {@code Authorization} header is not read. A client or proxy that
 * sends credentials these addresses do not need, stale or wrong, is answered as anyone else, not refused with a 401
 * that Open311 does not have (GeoReport v2 knows 400, 403 and 404) and that a citizen's page cannot show. The
 * credentials are not checked, so they count for nothing, good or bad: neither a signed-in user nor a failed
 * sign-in counted against the username. A session's sign-in (the pages' cookie) is left as it is.
 */
final class OpenPathCredentials extends OncePerRequestFilter {

	private static final List<String> OPEN_PREFIXES = List.of("/open311/", "/public/", "/portal/");

	static boolean isOpen(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN_PREFIXES.stream().anyMatch(path::startsWith) || path.equals("/portal")
				|| (path.equals("/api/v1/device-events") && HttpMethod.POST.matches(request.getMethod()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader(HttpHeaders.AUTHORIZATION) == null || !isOpen(request)) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new WithoutCredentials(request), response);
	}

	/** The request as it came, without its {@code Authorization} header. */
	private static final class WithoutCredentials extends HttpServletRequestWrapper {

		WithoutCredentials(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return isAuthorization(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isAuthorization(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(Collections.list(super.getHeaderNames())
				.stream()
				.filter(n -> !isAuthorization(n))
				.toList());
		}

		private static boolean isAuthorization(String name) {
			return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name);
		}
	}
}
