package org.liandong.shared.web;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request that fails because the database is out of reach, where no handler answered it (a page's handler, a
 * filter: a bearer token's user looked up, an idempotency key claimed), is answered by the container's error page as
 * a 503 ({@link ErrorAnswers}, with {@code Retry-After}) and logged in one line. Let out to the container, it was
 * logged with its stack trace: during an outage, a trace for every such request. The API's and Open311's handlers
 * answer their own 503s ({@link ProblemDetailsAdvice}); this filter, outside the security filters, sees the rest.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OutOfReachFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OutOfReachFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (response.isCommitted() || !FailureStatus.unavailable(e)) {
				throw e;
			}
			log.warn("Answered 503: the database is out of reach ({})", FailureStatus.summary(e));
			response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
		}
	}
}
