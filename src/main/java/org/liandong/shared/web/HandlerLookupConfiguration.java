package org.liandong.shared.web;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
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
 * full question every time. The request's path is worked out once per look-up and handed to the mappings through a
 * thread-local: reading it from the request for each mapping, through its wrappers, cost most of what was saved.
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

		/**
		 * The path of the request this thread is finding a handler for, worked out once per look-up rather than per
		 * mapping (through the request's wrappers); null outside a look-up or where the shortcut does not apply.
		 */
		private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();

		private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

		@Override
		protected HandlerMethod getHandlerInternal(HttpServletRequest request) throws Exception {
			return inLookup(request, () -> super.getHandlerInternal(request));
		}

		/** Runs a look-up for the request with its path known to {@link #getMatchingMapping}. */
		<T> T inLookup(HttpServletRequest request, Callable<T> lookup) throws Exception {
			String outer = LOOKUP_PATH.get();
			// the path Spring matches (parsed by the dispatcher, or as Spring's own look-up would parse it)
			String path = (ServletRequestPathUtils.hasParsedRequestPath(request)
					? ServletRequestPathUtils.getParsedRequestPath(request)
					: ServletRequestPathUtils.parseAndCache(request)).pathWithinApplication().value();
			LOOKUP_PATH.set(path.indexOf('%') < 0 && path.indexOf(';') < 0 ? path : null);
			try {
				return lookup.call();
			}
			finally {
				if (outer == null) {
					LOOKUP_PATH.remove();
				}
				else {
					LOOKUP_PATH.set(outer);
				}
			}
		}

		@Override
		protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String path = LOOKUP_PATH.get();
			if (path != null) {
				String[] starts = prefixes.get(info); // (computeIfAbsent would lock a shared bin on every hit)
				if (starts == null) {
					starts = prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::literalStarts);
				}
				if (starts != ANY && !startsWithAny(path, starts)) {
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
