package org.liandong.identity.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses an API request that would change something when a browser sent it for another site's page: a forged
 * request riding on credentials the browser holds for this site. The API keeps no session and takes no CSRF token,
 * but a browser that has once answered the API's Basic challenge sends those credentials with every later request to
 * this site, a foreign page's too; and a foreign page may post a body that is not declared JSON ({@code text/plain},
 * a form) without asking first. Browsers say where such a request comes from: {@code Origin} on every cross-origin
 * POST, PUT, PATCH and DELETE, and {@code Sec-Fetch-Site}. A request whose origin is not this platform's (the
 * request's own scheme, host and port, as a browser's same-origin rule compares them, or one of
 * {@code liandong.security.allowed-origins}), or is {@code null}, or that the browser calls cross-site, answers 403
 * before its credentials are read. Another port of the same host is another origin: another program there (outside
 * check, 2026-12: {@code http://localhost:9999} was taken for a server at {@code localhost:18083}). Scripts and servers
 * send neither header and are not affected; nor are reads.
 */
final class CrossSiteApiRequests extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Set<String> allowedOrigins;

	private final ProblemResponses problems;

	CrossSiteApiRequests(List<String> allowedOrigins, ProblemResponses problems) {
		this.allowedOrigins = Set.copyOf(allowedOrigins.stream().map(CrossSiteApiRequests::normalized).toList());
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return SAFE_METHODS.contains(request.getMethod())
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (crossSite(request)) {
			problems.crossSite(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	boolean crossSite(HttpServletRequest request) {
		String header = request.getHeader("Origin");
		String origin = header == null ? null : normalized(header);
		// an origin configured as allowed is so whatever the browser calls it (another site's, for a page served
		// from another domain: outside check, 2026-11-28)
		if (origin != null && allowedOrigins.contains(origin)) {
			return false;
		}
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		if (origin == null) {
			return false;
		}
		return !sameOrigin(origin, request);
	}

	/**
	 * Whether an origin is the request's own: the same scheme, host and port (a port left out is its scheme's
	 * default), as the request names them (behind a proxy, as the forwarded headers name them where the container is
	 * told to trust them: {@code server.forward-headers-strategy}). {@code null} and anything that is not an origin
	 * are not.
	 */
	static boolean sameOrigin(String origin, HttpServletRequest request) {
		URI uri;
		try {
			uri = new URI(origin);
		}
		catch (URISyntaxException e) {
			return false;
		}
		if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
				|| !(uri.getRawPath() == null || uri.getRawPath().isEmpty()) || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			return false;
		}
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort() < 0 ? defaultPort(scheme) : uri.getPort();
		String ownScheme = request.getScheme().toLowerCase(Locale.ROOT);
		int ownPort = request.getServerPort() <= 0 ? defaultPort(ownScheme) : request.getServerPort();
		return port > 0 && scheme.equals(ownScheme) && port == ownPort
				&& bare(uri.getHost()).equalsIgnoreCase(bare(request.getServerName()));
	}

	private static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http" -> 80;
			case "https" -> 443;
			default -> -1;
		};
	}

	/** An IPv6 address without its brackets, which a URI keeps and a request's server name may not. */
	private static String bare(String host) {
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	/** An origin as browsers write it: scheme and host in lower case, no trailing slash. */
	private static String normalized(String origin) {
		String trimmed = origin.strip();
		while (trimmed.endsWith("/")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}
}
