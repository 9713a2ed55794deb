package org.liandong.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A form refused because its CSRF token is not the session's (the session ended, or the page was left open for long):
 * marked on the request, so that the error page says the page expired and leads back to the form, rather than "you
 * may not open this page".
 */
public final class ExpiredForms {

	private static final String ATTRIBUTE = ExpiredForms.class.getName();

	private ExpiredForms() {
	}

	public static void mark(HttpServletRequest request) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
	}

	static boolean marked(HttpServletRequest request) {
		return Boolean.TRUE.equals(request.getAttribute(ATTRIBUTE));
	}
}
