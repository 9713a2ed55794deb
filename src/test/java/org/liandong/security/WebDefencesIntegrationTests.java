package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;

/** Stored XSS, CSRF, login throttling and security headers, through the real filter chains. */
@IntegrationTest
class WebDefencesIntegrationTests {

	static final String SCRIPT = "<script>alert('xss')</script>";
	static final String IMG = "\"><img src=x onerror=alert(1)>";

	@Autowired
	MockMvc mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void storedScriptInCitizenTextRendersInertOnEveryPageThatShowsIt() throws Exception {
		String street = LinkageApi.STREET;
		String body = json.writeValueAsString(java.util.Map.of("channel", "HOTLINE", "content",
				"路灯不亮 " + SCRIPT + IMG, "title", "标题" + SCRIPT, "citizenName", "张" + IMG, "address",
				"海滨路" + SCRIPT, "regionCode", "371002003000"));
		String id = json.readTree(mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getContentAsString()).get("id").asString();
		mvc.perform(post("/api/v1/whistles").with(TestActors.role(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(java.util.Map.of("type", "DAILY", "workOrderId", id, "description",
					"联合处置" + SCRIPT, "summonedUnitCodes", List.of("CSGLJ")))));
		mvc.perform(post("/api/v1/work-orders/{id}/dispatch", id).with(TestActors.role(Role.DISPATCHER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"leadUnitCode\":\"" + street + "\",\"note\":\"请处理" + SCRIPT.replace("'", "") + "\"}"));

		record Page(String path, RequestPostProcessor who) {
		}
		List<Page> pages = List.of(new Page("/work-orders/" + id, TestActors.admin()),
				new Page("/work-orders?q=路灯不亮", TestActors.admin()),
				new Page("/workbench/dispatch", TestActors.role(Role.DISPATCHER)),
				new Page("/workbench/unit", TestActors.handler(street)), new Page("/whistles", TestActors.admin()),
				new Page("/supervision", TestActors.role(Role.SUPERVISOR)),
				new Page("/notifications", TestActors.handler(street)));
		SoftAssertions softly = new SoftAssertions();
		for (Page page : pages) {
			MockHttpServletResponse response = mvc.perform(get(page.path()).with(page.who())).andReturn().getResponse();
			softly.assertThat(response.getStatus()).as(page.path()).isEqualTo(200);
			String html = response.getContentAsString();
			softly.assertThat(html).as(page.path()).doesNotContain(SCRIPT, "<img src=x", "\"><img");
		}
		// the text is shown, escaped: the check above is not vacuous
		String detail = mvc.perform(get("/work-orders/" + id).with(TestActors.admin())).andReturn().getResponse()
			.getContentAsString();
		softly.assertThat(detail).contains("&lt;script&gt;");
		softly.assertAll();
	}

	@Test
	void aFormPostWithoutTheCsrfTokenIsRefusedAndWithItIsAccepted() throws Exception {
		var operator = TestActors.role(Role.OPERATOR);
		String content = "CSRF 测试 " + UUID.randomUUID();
		assertThat(mvc.perform(post("/work-orders").with(operator).param("channel", "HOTLINE").param("content", content))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/logout").with(operator)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/work-orders").with(operator).with(csrf().useInvalidToken())
			.param("channel", "HOTLINE").param("content", content)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(count(content)).isZero();
		assertThat(mvc.perform(post("/work-orders").with(operator).with(csrf()).param("channel", "HOTLINE")
			.param("content", content)).andReturn().getResponse().getStatus()).isIn(200, 302, 303);
		assertThat(count(content)).isEqualTo(1);
	}

	@Test
	void repeatedFailedLoginsLockTheUsernameEvenForTheRightPassword() throws Exception {
		String user = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(mvc.perform(post("/api/v1/users").with(TestActors.admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","displayName":"节流测试","role":"OPERATOR","password":"right-password-1"}"""
				.formatted(user))).andReturn().getResponse().getStatus()).isEqualTo(201);
		assertThat(mvc.perform(get("/api/v1/me").with(httpBasic(user, "right-password-1"))).andReturn().getResponse()
			.getStatus()).isEqualTo(200);
		for (int i = 0; i < 5; i++) {
			assertThat(mvc.perform(get("/api/v1/me").with(httpBasic(user, "wrong-password-" + i))).andReturn()
				.getResponse().getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse locked = mvc.perform(get("/api/v1/me").with(httpBasic(user, "right-password-1")))
			.andReturn().getResponse();
		assertThat(locked.getStatus()).isEqualTo(429);
		assertThat(locked.getHeader("Retry-After")).isNotBlank();
		// the form login is locked as well
		MockHttpServletResponse form = mvc.perform(post("/login").with(csrf()).param("username", user)
			.param("password", "right-password-1")).andReturn().getResponse();
		assertThat(form.getRedirectedUrl()).startsWith("/login?");
	}

	@Test
	void pagesApiAnswersAndErrorsCarryTheSecurityHeaders() throws Exception {
		List<MockHttpServletResponse> answers = List.of(
				mvc.perform(get("/work-orders").with(TestActors.admin())).andReturn().getResponse(),
				mvc.perform(get("/api/v1/me").with(TestActors.admin())).andReturn().getResponse(),
				mvc.perform(get("/api/v1/work-orders/{id}", UUID.randomUUID()).with(TestActors.admin())).andReturn()
					.getResponse(),
				mvc.perform(get("/api/v1/me")).andReturn().getResponse(),
				mvc.perform(get("/login")).andReturn().getResponse(),
				mvc.perform(get("/portal")).andReturn().getResponse());
		SoftAssertions softly = new SoftAssertions();
		for (MockHttpServletResponse r : answers) {
			softly.assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
			softly.assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
			softly.assertThat(r.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			softly.assertThat(r.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'",
					"script-src 'self'", "object-src 'none'");
			softly.assertThat(r.getHeader("Content-Security-Policy")).doesNotContain("'unsafe-eval'");
			softly.assertThat(r.getHeader("Permissions-Policy")).contains("camera=()", "geolocation=(self)");
		}
		softly.assertAll();
	}

	private long count(String content) throws Exception {
		return json.readTree(mvc.perform(get("/api/v1/work-orders").with(TestActors.admin()).param("q", content))
			.andReturn().getResponse().getContentAsString()).get("totalElements").asLong();
	}
}
