package org.liandong.shared.web;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, first of all, a path that percent-encodes a letter, a digit or one of {@code - . _ ~} ({@code /%61pi/…}):
 * the container decodes it, so the request reaches {@code /api/…}, while every filter that looks at the path as sent
 * would take it for another one and let it past its check (the API's cross-site refusal, its body limit, the public
 * rate limits, the idempotency keys; outside check, 2026-11-28). RFC 3986 gives those characters no reason to be
 * encoded, and no client of the platform encodes them; a path that encodes anything else (a Chinese character, a
 * space) is served as before. 400, as problem details (Open311's error list on its paths).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after SecurityHeaders only, so that its refusal carries them
class CanonicalPathFilter extends OncePerRequestFilter {

	/** A percent-encoded ASCII letter, digit, hyphen, full stop, underscore or tilde. */
	private static final Pattern ENCODED_UNRESERVED = Pattern
		.compile("%(?:[46][1-9A-Fa-f]|[57][0-9Aa]|3[0-9]|2[dDeE]|5[fF]|7[eE])");

	private final JsonMapper json;

	CanonicalPathFilter(JsonMapper json) {
		this.json = json;
	}

	/** The path decoded, for the refusal's form (Open311's on its paths) and instance; as sent if it cannot be. */
	private static String path(String uri, String contextPath) {
		String decoded;
		try {
			decoded = org.springframework.web.util.UriUtils.decode(uri, java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			decoded = uri;
		}
		return decoded.startsWith(contextPath) ? decoded.substring(contextPath.length()) : decoded;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getRequestURI().indexOf('%') < 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI();
		if (ENCODED_UNRESERVED.matcher(uri).find()) {
			Refusals.write(request, response, path(uri, request.getContextPath()), HttpStatus.BAD_REQUEST,
					"invalid-request", "Invalid request",
					"The path percent-encodes a letter, a digit or one of - . _ ~; send those as they are.", json);
			return;
		}
		chain.doFilter(request, response);
	}
}
