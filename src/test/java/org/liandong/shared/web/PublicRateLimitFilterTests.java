package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/** The per-IP token bucket in front of the public endpoints. */
class PublicRateLimitFilterTests {

	private Instant now = Instant.parse("2026-11-26T00:00:00Z");
	private final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	private final PublicRateLimitFilter filter = new PublicRateLimitFilter(new PublicRateLimitFilter.Properties(60, 0),
			clock, JsonMapper.builder().build());

	private MockHttpServletResponse call(String path, String ip) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setRemoteAddr(ip);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void allowsTheRateThenAnswers429WithRetryAfterUntilTokensRefill() throws Exception {
		AtomicInteger ok = new AtomicInteger();
		for (int i = 0; i < 60; i++) {
			if (call("/public/rankings", "10.0.0.1").getStatus() == 200) {
				ok.incrementAndGet();
			}
		}
		assertThat(ok).hasValue(60);
		MockHttpServletResponse limited = call("/public/rankings", "10.0.0.1");
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getHeader("Retry-After")).isEqualTo("1");
		assertThat(limited.getContentType()).startsWith("application/problem+json");
		assertThat(call("/public/rankings", "10.0.0.2").getStatus()).isEqualTo(200);
		now = now.plus(Duration.ofSeconds(2));
		assertThat(call("/public/rankings", "10.0.0.1").getStatus()).isEqualTo(200);
	}

	@Test
	void open311AnswersInTheSpecsErrorFormatAndAuthenticatedApiIsNotLimited() throws Exception {
		for (int i = 0; i < 60; i++) {
			call("/open311/v2/services.json", "10.0.0.3");
		}
		MockHttpServletResponse xml = call("/open311/v2/services.xml", "10.0.0.3");
		assertThat(xml.getStatus()).isEqualTo(429);
		assertThat(xml.getContentAsString()).contains("<errors><error><code>429</code>");
		assertThat(call("/open311/v2/services.json", "10.0.0.3").getContentAsString()).startsWith("[{\"code\":429");
		for (int i = 0; i < 100; i++) {
			assertThat(call("/api/v1/work-orders", "10.0.0.3").getStatus()).isEqualTo(200);
		}
	}
}
