package org.liandong.identity.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Page language: Chinese by default, switched with {@code ?lang=en} or {@code ?lang=zh-CN} and kept in a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("liandong-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
					throws ServletException {
				// on an API write the parameter would be looked for in the body, which a multipart upload must not
				// have parsed before the handler's own checks (401, 404, 403) have run: the API's language comes
				// from the query of a read (the inbox's ?lang=en) or the cookie
				return isApiWrite(request) || super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	private static boolean isApiWrite(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.startsWith("/api/") || path.startsWith("/open311/"))
				&& !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}
}
