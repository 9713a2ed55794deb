package org.liandong.shared.web;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every answer (docs/security.md), whatever answers: a page, the API, a problem detail, and
 * also a refusal made before Spring Security's filters (the public rate limit's 429, the API's body limit's 413, a
 * path that encodes a letter), by its firewall (a path such as {@code //users} or {@code /users;x=1}), or by the
 * servlet container itself ({@link ProblemErrorReportValve}). Spring Security writes them only for the requests that
 * pass its filter chains, and these did not carry them (outside check, 2026-12). The first filter of all sets them
 * before anything can refuse the request; the container's error valve sets them for what never reaches a filter. A
 * header already set is left as it is (a static resource's {@code Cache-Control}); Spring Security's chains write the
 * same values (and HSTS over HTTPS), and write nothing where a header is already there.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeaders {

	/** Scripts and styles from this origin only; inline styles are allowed (htmx and Swagger UI write some). */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Browser features for pages: the location for the portal's and the grid worker's map ("here"); no camera,
	 * microphone, payment or USB (a page made to run foreign code still cannot reach them; a photo is chosen through
	 * the file picker, which this does not restrict).
	 */
	public static final String PERMISSIONS_POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=()";

	/** What Spring Security's cache control writes: nothing of an answer is kept by a browser or a proxy. */
	public static final String NO_CACHE = "no-cache, no-store, max-age=0, must-revalidate";

	/** Sets every header the answer does not have yet; an answer already on its way is left alone. */
	public static void applyTo(HttpServletResponse response) {
		if (response.isCommitted()) {
			return;
		}
		setIfAbsent(response, "X-Frame-Options", "DENY");
		setIfAbsent(response, "X-Content-Type-Options", "nosniff");
		setIfAbsent(response, "Referrer-Policy", "strict-origin-when-cross-origin");
		setIfAbsent(response, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
		setIfAbsent(response, "Permissions-Policy", PERMISSIONS_POLICY);
		// as Spring Security: all three, unless the answer says anything about caching already
		if (!response.containsHeader("Cache-Control") && !response.containsHeader("Pragma")
				&& !response.containsHeader("Expires")) {
			response.setHeader("Cache-Control", NO_CACHE);
			response.setHeader("Pragma", "no-cache");
			response.setHeader("Expires", "0");
		}
	}

	private static void setIfAbsent(HttpServletResponse response, String name, String value) {
		if (!response.containsHeader(name)) {
			response.setHeader(name, value);
		}
	}

	/** First of all filters, for the request and for the container's error page. */
	@Bean
	FilterRegistrationBean<Filter> securityHeadersFilter() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter() {
			@Override
			public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
					throws IOException, ServletException {
				if (response instanceof HttpServletResponse http) {
					applyTo(http);
				}
				chain.doFilter(request, response);
			}
		});
		registration.setName("securityHeaders");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}
}
