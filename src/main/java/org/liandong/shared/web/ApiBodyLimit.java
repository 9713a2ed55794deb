package org.liandong.shared.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A body larger than {@code liandong.api.max-body-size} (1 MB by default) sent to the API, other than a form or an
 * upload (which have their own limits, {@code spring.servlet.multipart.*}), answers 413 before anything reads it:
 * the JSON bodies of the API are a few kilobytes, and one of thirty megabytes was read whole into memory, twice with
 * an idempotency key (outside check, 2026-11-28). A body of declared length is refused by its length; one sent in
 * chunks is read up to the limit and refused past it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 6)
class ApiBodyLimit extends OncePerRequestFilter {

	private final long max;

	private final JsonMapper json;

	ApiBodyLimit(@Value("${liandong.api.max-body-size:1MB}") DataSize max, JsonMapper json) {
		this.max = max.toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| RequestBodies.isFormOrMultipart(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > max) {
			refuse(request, response);
			return;
		}
		HttpServletRequest passed = request;
		if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
			if (body.length > max) {
				refuse(request, response);
				return;
			}
			passed = new BodyRequestWrapper(request, body);
		}
		chain.doFilter(passed, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Refusals.write(request, response, request.getRequestURI().substring(request.getContextPath().length()),
				HttpStatus.CONTENT_TOO_LARGE, ProblemDetailsAdvice.typeOf(HttpStatus.CONTENT_TOO_LARGE), "Content too large",
				"The body is larger than the API takes (at most " + max + " bytes).", json);
	}
}
