package org.liandong.shared.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Spring MVC's handler mapping, with a shortcut for paths with variables ({@code /api/v1/work-orders/{id}}).
 * <p>
 * Spring finds a handler for a path without variables in a map, but for any other path it asks every mapping of the
 * application whether it matches: its method, parameters, headers, media types and then its patterns, through the
 * request's several wrappers. With some 170 mappings that was a sixth of the platform's work for reading an order
 * (JFR, docs/performance.md). Here a mapping first compares the request's path with the literal start of its
 * patterns (up to the first variable or wildcard), which a matching path must begin with; only a mapping that passes
 * is asked the full question, so the answer, the errors (404, 405, 406, 415) and their order stay Spring's own.
 * Paths with escapes ({@code %}) or matrix parameters ({@code ;}), which Spring decodes before matching, take the
 * full question every time.
 */
@Configuration(proxyBeanMethods = false)
class HandlerLookupConfiguration {

	@Bean
	WebMvcRegistrations literalPrefixMappings() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new LiteralPrefixHandlerMapping();
			}
		};
	}

	/** A {@link RequestMappingHandlerMapping} that turns away mappings whose patterns' literal starts do not fit. */
	static final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

		/** No shortcut for this mapping: a pattern of it starts with a variable or a wildcard, or it has none. */
		private static final String[] ANY = new String[0];

		private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String[] starts = prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::literalStarts);
			if (starts != ANY && ServletRequestPathUtils.hasParsedRequestPath(request)) {
				String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
				if (path.indexOf('%') < 0 && path.indexOf(';') < 0 && !startsWithAny(path, starts)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

		private static boolean startsWithAny(String path, String[] starts) {
			for (String start : starts) {
				if (path.startsWith(start)) {
					return true;
				}
			}
			return false;
		}

		/** Each pattern's text up to its first variable or wildcard; {@link #ANY} where one of them is empty. */
		static String[] literalStarts(RequestMappingInfo info) {
			var patterns = info.getPatternValues();
			if (patterns.isEmpty()) {
				return ANY;
			}
			String[] starts = new String[patterns.size()];
			int i = 0;
			for (String pattern : patterns) {
				int end = pattern.length();
				for (char c : new char[] { '{', '*', '?' }) {
					int at = pattern.indexOf(c);
					if (at >= 0 && at < end) {
						end = at;
					}
				}
				// an empty pattern matches the root; a start of "/" alone says nothing
				if (end <= 1) {
					return ANY;
				}
				starts[i++] = pattern.substring(0, end);
			}
			return starts;
		}
	}
}
