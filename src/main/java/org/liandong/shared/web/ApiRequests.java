package org.liandong.shared.web;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether the request being served is a machine interface's ({@code /api/}, {@code /open311/}), whose messages are
 * English whatever the caller's language (its field names are English too); a page keeps the visitor's language.
 */
public final class ApiRequests {

	private ApiRequests() {
	}

	/** True while serving a request under {@code /api/} or {@code /open311/}; false for pages and outside requests. */
	public static boolean isCurrent() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || path.startsWith("/open311/");
		}
		return false;
	}
}
