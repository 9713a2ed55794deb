package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

/**
 * Cross-site request forgery on the API (outside check, 2026-11-28): a browser that has answered the API's Basic
 * challenge sends those credentials with a foreign page's request too, and a foreign page may post a JSON body as
 * {@code text/plain} without asking first. A request that would change something and comes from another site's page
 * (its {@code Origin}, or {@code Sec-Fetch-Site: cross-site}) answers 403 and changes nothing; the platform's own
 * pages, scripts (no {@code Origin}) and reads are served. Through the real filter chain and real Basic credentials.
 */
@IntegrationTest
class CrossSiteApiRequestsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private MockHttpServletRequestBuilder create(String content) {
		return post("/api/v1/work-orders").with(httpBasic("operator1", "demo123"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"content\":\"" + content + "\",\"regionCode\":\"371002003000\"}");
	}

	private long stored(String content) {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE content = :c").param("c", content).query(Long.class).single();
	}

	@Test
	void aForeignPagesRequestThatWouldChangeSomethingIsRefusedAndChangesNothing() throws Exception {
		String content = "跨站请求 " + UUID.randomUUID();
		String[][] foreignHeaders = { { "Origin", "http://evil.example" }, { "Origin", "null" },
				{ "Origin", "http://localhost.evil.example" }, { "Sec-Fetch-Site", "cross-site" },
				// the same host, another port or scheme: another origin (MockMvc's server is http://localhost:80)
				{ "Origin", "http://localhost:9999" }, { "Origin", "https://localhost" } };
		for (String[] header : foreignHeaders) {
			MockHttpServletRequestBuilder request = create(content).header(header[0], header[1]);
			MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
			assertThat(answer.getStatus()).as(header[1]).isEqualTo(403);
			assertThat(answer.getContentType()).startsWith("application/problem+json");
			assertThat(json.readTree(answer.getContentAsString()).get("type").asString())
				.isEqualTo("https://liandong.org/problems/cross-site-request");
		}
		assertThat(stored(content)).isZero();
	}

	@Test
	void thePlatformsOwnPagesScriptsAndReadsAreServed() throws Exception {
		String own = "本站请求 " + UUID.randomUUID();
		assertThat(mvc.perform(create(own).header("Origin", "http://localhost").header("Sec-Fetch-Site",
				"same-origin")).andReturn().getResponse().getStatus()).isEqualTo(201);
		String script = "脚本请求 " + UUID.randomUUID();
		assertThat(mvc.perform(create(script)).andReturn().getResponse().getStatus()).isEqualTo(201);
		assertThat(stored(own)).isEqualTo(1);
		assertThat(stored(script)).isEqualTo(1);
		// a read changes nothing, whoever's page asks (the browser keeps its answer from the foreign page)
		assertThat(mvc.perform(get("/api/v1/me").with(httpBasic("operator1", "demo123"))
			.header("Origin", "http://evil.example")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}
}
