package org.liandong.identity.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Page language: switched with {@code ?lang=en} or {@code ?lang=zh-CN} and kept in a cookie; without the cookie the
 * browser's preferred language of the two (Accept-Language), Chinese when it prefers neither or sends none.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("liandong-lang") {
			@Override
			public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
					LocaleContext context) {
				// a language chosen is one of the two the pages are written in (?lang=fr is Chinese, and says so)
				Locale chosen = context == null ? null : context.getLocale();
				super.setLocaleContext(request, response, chosen == null ? null
						: new SimpleLocaleContext(written(chosen)));
			}
		};
		resolver.setDefaultLocaleFunction(LocaleConfiguration::preferred);
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
				if (isApiWrite(request)) {
					return true;
				}
				if (request.getDispatcherType() == DispatcherType.ERROR) {
					// the error page takes the language from the failed request's query, not from its parameters:
					// its body may be what failed (an upload over the limit), and would fail again, here
					String lang = queryParameter(request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING), "lang");
					if (lang != null) {
						try {
							RequestContextUtils.getLocaleResolver(request).setLocale(request, response,
									StringUtils.parseLocale(lang));
						}
						catch (IllegalArgumentException e) {
							// not a language: ignored, as the parameter is on every other page
						}
					}
					return true;
				}
				return super.preHandle(request, response, handler);
			}
		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** The languages the pages are written in, Chinese first. */
	private static final List<Locale> WRITTEN = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	/** The written language of a locale: English for English, else Chinese. */
	static Locale written(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
	}

	/** The first of the written languages the browser asks for (Accept-Language, by weight), else Chinese. */
	static Locale preferred(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.SIMPLIFIED_CHINESE;
		}
		try {
			for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
				String language = range.getRange().split("-")[0];
				for (Locale written : WRITTEN) {
					if (written.getLanguage().equalsIgnoreCase(language)) {
						return written;
					}
				}
			}
		}
		catch (IllegalArgumentException e) {
			// a malformed header asks for nothing
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	/** A parameter of a query string (percent-decoded), or null. */
	static String queryParameter(Object query, String name) {
		if (!(query instanceof String text)) {
			return null;
		}
		try {
			String value = UriComponentsBuilder.newInstance().query(text).build().getQueryParams().getFirst(name);
			return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static boolean isApiWrite(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return (path.startsWith("/api/") || path.startsWith("/open311/"))
				&& !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()));
	}
}
