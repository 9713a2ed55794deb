package org.liandong.shared.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource chain's URL encoding (versioned links to static resources in pages) for pages only: Spring Boot
 * registers it for every request once WebJars are on the classpath, and it wrapped every API and Open311 response,
 * which links to no resource (a few per cent of an API request's CPU under load).
 */
@Configuration(proxyBeanMethods = false)
class PageResourceUrlConfiguration {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new PagesOnly());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Leaves the machine-facing paths alone. */
	static final class PagesOnly extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request instanceof HttpServletRequest http && isMachineFacing(http)) {
				chain.doFilter(request, response);
				return;
			}
			super.doFilter(request, response, chain);
		}

		static boolean isMachineFacing(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/actuator/");
		}
	}
}
