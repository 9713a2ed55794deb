package org.liandong.shared.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rate limit for the endpoints open without login (CONTRACT §1): a token bucket per client IP over {@code /public/**},
 * {@code /portal/**} and {@code /open311/**}; beyond it, 429 with {@code Retry-After}. Per instance, in memory.
 * Channel modules may add tighter limits of their own.
 * <p>
 * Open311 has its own limits (intake module), which replace this one: its GETs are limited per client IP
 * ({@code liandong.intake.open311.reads-per-minute}), its POSTs per api_key (the client's {@code ratePerMinute}),
 * so neither passes this bucket; one server posting for many citizens must reach its client's rate. A POST without
 * an api_key (which can only be refused) and any other method stay under this per-IP limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class PublicRateLimitFilter extends OncePerRequestFilter {

	/** {@code liandong.rate-limit.*}: requests per minute per IP, and the burst allowed above that rate. */
	@ConfigurationProperties("liandong.rate-limit")
	public record Properties(@DefaultValue("120") int publicPerMinute, @DefaultValue("60") int burst) {
	}

	private final Properties properties;
	private final Clock clock;
	private final JsonMapper json;
	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	PublicRateLimitFilter(Properties properties, Clock clock, JsonMapper json) {
		this.properties = properties;
		this.clock = clock;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/open311/")) {
			return hasOwnOpen311Limit(request);
		}
		return !(path.startsWith("/public/") || path.startsWith("/portal"));
	}

	/** An Open311 GET (limited per IP by the endpoint), or a POST that names its api_key (limited per key). */
	private static boolean hasOwnOpen311Limit(HttpServletRequest request) {
		String method = request.getMethod();
		if (method.equals("GET") || method.equals("HEAD")) {
			return true;
		}
		if (!method.equals("POST")) {
			return false;
		}
		String apiKey = request.getParameter("api_key");
		return apiKey != null && !apiKey.isBlank();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (buckets.size() > 100_000) {
			buckets.clear();
		}
		Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), ip -> new Bucket(capacity(), now()));
		long waitMillis = bucket.take(now(), properties.publicPerMinute() / 60_000.0, capacity());
		if (waitMillis == 0) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (waitMillis + 999) / 1000)));
		// the spec's error list on Open311 paths, problem details elsewhere
		Refusals.write(request, response, request.getRequestURI().substring(request.getContextPath().length()),
				HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Too many requests",
				"Too many requests from your address; retry later.", json);
	}

	private double capacity() {
		return properties.publicPerMinute() + (double) properties.burst();
	}

	private long now() {
		return clock.millis();
	}

	/** Tokens refill continuously at the allowed rate up to the capacity. */
	private static final class Bucket {

		private double tokens;
		private long last;

		Bucket(double tokens, long now) {
			this.tokens = tokens;
			this.last = now;
		}

		/** Takes a token; answers 0, or how many milliseconds until one is available. */
		synchronized long take(long now, double perMilli, double capacity) {
			tokens = Math.min(capacity, tokens + (now - last) * perMilli);
			last = now;
			if (tokens >= 1) {
				tokens -= 1;
				return 0;
			}
			return perMilli <= 0 ? 60_000 : (long) Math.ceil((1 - tokens) / perMilli);
		}
	}
}
