package org.liandong.shared.web;

import java.net.URI;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The layout's language switch ({@code ${@languageLink.to('en')}}): the page as it is, in the other language. A page
 * reached by GET is asked again with its query (filters, a tracked order) and {@code lang} replaced. A page that
 * answers a POST (a refused form, a receipt) cannot be asked again by a link: the switch goes to the page the
 * controller names in {@link #PAGE} (the form's own page), else the page the form was sent from (same site only),
 * else the start page; never to the POST's address, which answers 405 to a GET.
 * <p>
 * Whatever the request held, the link stays on this site: a path that does not start with exactly one {@code /}
 * followed by something else ({@code //evil.example} is another host to a browser, and so is {@code /\evil.example},
 * whose backslash browsers read as a slash), or that holds white space or a control character (which browsers drop),
 * becomes the start page (outside check, 2026-12: the error page of {@code //evil.example} linked to
 * {@code //evil.example?lang=en}).
 */
@Component("languageLink")
public class LanguageLink {

	/** A request attribute: the GET page a POST's answer switches language on. */
	public static final String PAGE = LanguageLink.class.getName() + ".page";

	public String to(String lang) {
		var attributes = RequestContextHolder.getRequestAttributes();
		if (!(attributes instanceof ServletRequestAttributes servlet)) {
			return "?lang=" + lang;
		}
		HttpServletRequest request = servlet.getRequest();
		String target;
		String method = ErrorAnswers.methodOf(request);
		if ("GET".equals(method) || "HEAD".equals(method)) {
			// on the error page, the failed page's address and query
			boolean failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null;
			String uri = failed ? (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
					: request.getRequestURI();
			Object query = failed ? request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING)
					: request.getQueryString();
			target = uri + (query == null ? "" : "?" + query);
		}
		else {
			target = request.getAttribute(PAGE) instanceof String page ? request.getContextPath() + page
					: sameSiteReferer(request);
		}
		String start = request.getContextPath() + "/?lang=" + lang;
		if (!isLocalPath(target)) {
			return start;
		}
		try {
			String link = UriComponentsBuilder.fromUriString(target).replaceQueryParam("lang", lang).build(true)
				.toUriString();
			return isLocalPath(link) ? link : start;
		}
		catch (IllegalArgumentException e) {
			return start;
		}
	}

	/**
	 * Whether a link is a plain path on this site: one {@code /}, then anything but another slash or a backslash, and
	 * no white space, control character or backslash anywhere (browsers drop the former and read the latter as a
	 * slash, so either may make a path a link to another host).
	 */
	static boolean isLocalPath(String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) {
			return false;
		}
		for (int i = 0; i < link.length(); i++) {
			char c = link.charAt(i);
			if (c <= ' ' || c == '\\' || c == 0x7f) {
				return false;
			}
		}
		return true;
	}

	private static String sameSiteReferer(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer != null) {
			try {
				URI uri = URI.create(referer);
				if (request.getServerName().equalsIgnoreCase(uri.getHost()) && uri.getRawPath() != null
						&& uri.getRawPath().startsWith(request.getContextPath() + "/") && isLocalPath(uri.getRawPath())) {
					return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
				}
			}
			catch (IllegalArgumentException e) {
				// not a link we can use: the start page
			}
		}
		return request.getContextPath() + "/";
	}
}
