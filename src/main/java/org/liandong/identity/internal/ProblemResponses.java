package org.liandong.identity.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liandong.shared.web.FailureStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answers to security failures, as RFC 9457 problem details: 401 (with a Basic challenge), 403, 429
 * with {@code Retry-After} when a username is throttled, and 503 with {@code Retry-After} when the user could not be
 * looked up because the database is out of reach.
 */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	static final String REALM = "Basic realm=\"liandong\"";

	private static final String TYPE_BASE = "https://liandong.org/problems/";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (e instanceof LoginThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
			write(request, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many requests",
					throttled.getMessage());
			return;
		}
		if (e instanceof AuthenticationServiceException && FailureStatus.unavailable(e)) {
			// the user could not be looked up: not the caller's credentials' fault, and not a failure counted
			// against the username (LoginThrottle counts bad credentials only)
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(FailureStatus.RETRY_AFTER_SECONDS));
			write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable",
					FailureStatus.UNAVAILABLE);
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, REALM);
		write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unauthorized",
				"Authentication is required: HTTP Basic or a bearer token from POST /api/v1/auth/token.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this.");
	}

	/** A request that would change something, sent by a browser for another site's page (CSRF): 403. */
	void crossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "cross-site-request", "Forbidden",
				"A request that changes something is not taken from another site's page (its Origin is not this "
						+ "platform's); send it from this platform's pages or without an Origin header.");
	}

	private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
			String title, String detail) throws IOException {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", TYPE_BASE + type);
		body.put("title", title);
		body.put("status", status.value());
		body.put("detail", detail);
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(JSON.writeValueAsString(body));
	}
}
