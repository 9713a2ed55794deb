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
		return call("GET", path, ip);
	}

	private MockHttpServletResponse call(String method, String path, String ip, String... params) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(ip);
		for (int i = 0; i < params.length; i += 2) {
			request.addParameter(params[i], params[i + 1]);
		}
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
	void open311PostsWithoutAnApiKeyAnswerInTheSpecsErrorFormatAndAuthenticatedApiIsNotLimited() throws Exception {
		for (int i = 0; i < 60; i++) {
			call("POST", "/open311/v2/requests.json", "10.0.0.3");
		}
		MockHttpServletResponse xml = call("POST", "/open311/v2/requests.xml", "10.0.0.3", "api_key", " ");
		assertThat(xml.getStatus()).isEqualTo(429);
		assertThat(xml.getHeader("Retry-After")).isEqualTo("1");
		assertThat(xml.getHeader("Content-Type")).isEqualTo("text/xml; charset=utf-8");
		assertThat(xml.getContentAsString()).contains("<errors><error><code>429</code>");
		MockHttpServletResponse json = call("POST", "/open311/v2/requests.json", "10.0.0.3");
		assertThat(json.getHeader("Content-Type")).isEqualTo("application/json; charset=utf-8");
		assertThat(json.getContentAsString()).startsWith("[{\"code\":429");
		assertThat(call("PUT", "/open311/v2/requests.json", "10.0.0.3").getStatus()).isEqualTo(429);
		for (int i = 0; i < 100; i++) {
			assertThat(call("/api/v1/work-orders", "10.0.0.3").getStatus()).isEqualTo(200);
		}
	}

	@Test
	void open311PostsWithAnApiKeyAreLeftToTheirClientsRate() throws Exception {
		for (int i = 0; i < 200; i++) {
			assertThat(call("POST", "/open311/v2/requests.json", "10.0.0.4", "api_key", "some-key").getStatus())
				.isEqualTo(200);
		}
		assertThat(call("POST", "/open311/v2/requests.json", "10.0.0.4").getStatus()).isEqualTo(200);
	}

	@Test
	void open311GetsAreLeftToTheOpen311ReadLimit() throws Exception {
		for (int i = 0; i < 200; i++) {
			assertThat(call("/open311/v2/discovery.json", "10.0.0.5").getStatus()).isEqualTo(200);
			assertThat(call("HEAD", "/open311/v2/services.xml", "10.0.0.5").getStatus()).isEqualTo(200);
		}
		assertThat(call("/public/rankings", "10.0.0.5").getStatus()).isEqualTo(200);
	}
}
