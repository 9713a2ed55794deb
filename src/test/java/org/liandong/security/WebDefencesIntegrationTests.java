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
		// and every other page without a path variable, as each role that has pages: none shows the text unescaped
		for (String path : pagePaths()) {
			for (RequestPostProcessor who : List.of(TestActors.admin(), TestActors.role(Role.OPERATOR),
					TestActors.role(Role.DISPATCHER), TestActors.role(Role.SUPERVISOR), TestActors.role(Role.LEADER),
					TestActors.handler(street))) {
				MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
				String type = String.valueOf(response.getContentType());
				if (response.getStatus() == 200 && type.startsWith("text/html")) {
					softly.assertThat(response.getContentAsString()).as(path)
						.doesNotContain(SCRIPT, "<img src=x", "\"><img");
				}
				softly.assertThat(response.getStatus()).as(path + " (never a server error)").isLessThan(500);
			}
		}
		// the text is shown, escaped: the check above is not vacuous
		String detail = mvc.perform(get("/work-orders/" + id).with(TestActors.admin())).andReturn().getResponse()
			.getContentAsString();
		softly.assertThat(detail).contains("&lt;script&gt;");
		softly.assertAll();
	}


	/** The application's GET pages without a path variable (not the API, Open311, actuator, documents or assets). */
	private List<String> pagePaths() {
		java.util.TreeSet<String> paths = new java.util.TreeSet<>();
		for (var endpoint : org.liandong.support.Endpoints.of(context)) {
			String pattern = endpoint.pattern();
			if (endpoint.method() == org.springframework.web.bind.annotation.RequestMethod.GET && !pattern.contains("{")
					&& !pattern.contains("*") && java.util.stream.Stream
						.of("/api/", "/open311/", "/actuator", "/v3/", "/swagger", "/error")
						.noneMatch(pattern::startsWith)) {
				paths.add(pattern);
			}
		}
		assertThat(paths).as("pages found").contains("/work-orders", "/workbench/dispatch").hasSizeGreaterThan(15);
		return List.copyOf(paths);
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

	@Autowired
	org.springframework.context.ApplicationContext context;

	/**
	 * Every form a page posts to (every mapped POST, PUT or DELETE outside the stateless API and Open311) refuses a
	 * request without the CSRF token, signed in or not, before its handler runs: the list is the application's
	 * mappings, so a form added later is covered. (Path variables are filled with a placeholder: the token is
	 * checked first.)
	 */
	@Test
	void everyPageFormRefusesAPostWithoutTheCsrfToken() throws Exception {
		List<String> endpoints = org.liandong.support.Endpoints.of(context)
			.stream()
			.filter(e -> e.method() != org.springframework.web.bind.annotation.RequestMethod.GET
					&& e.method() != org.springframework.web.bind.annotation.RequestMethod.HEAD
					&& e.method() != org.springframework.web.bind.annotation.RequestMethod.OPTIONS)
			.filter(e -> !e.pattern().startsWith("/api/") && !e.pattern().startsWith("/open311/"))
			.map(Object::toString)
			.toList();
		assertThat(endpoints).as("the page forms found").hasSizeGreaterThan(20).contains("POST /work-orders");
		SoftAssertions softly = new SoftAssertions();
		for (String endpoint : endpoints) {
			String method = endpoint.substring(0, endpoint.indexOf(' '));
			String path = endpoint.substring(endpoint.indexOf(' ') + 1)
				.replaceAll("\\{[^}]+}", "x")
				.replace("**", "x");
			for (RequestPostProcessor who : List.of(TestActors.admin(), TestActors.role(Role.OPERATOR))) {
				var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
					.request(org.springframework.http.HttpMethod.valueOf(method), path)
					.with(who)
					.param("note", "x");
				softly.assertThat(mvc.perform(request).andReturn().getResponse().getStatus()).as(endpoint)
					.isEqualTo(403);
				softly.assertThat(mvc.perform(request.with(csrf().useInvalidToken())).andReturn().getResponse()
					.getStatus()).as(endpoint + " with a wrong token").isEqualTo(403);
			}
			softly.assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(org.springframework.http.HttpMethod.valueOf(method), path)).andReturn().getResponse()
				.getStatus()).as(endpoint + " without a session").isIn(302, 401, 403);
		}
		softly.assertAll();
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
		// the lock is the failing address's: the user signs in from another, so five requests of an anonymous
		// client do not lock an account out (outside check, 2026-11-28)
		assertThat(mvc.perform(get("/api/v1/me").with(httpBasic(user, "right-password-1")).with(r -> {
			r.setRemoteAddr("10.77.0.1");
			return r;
		})).andReturn().getResponse().getStatus()).isEqualTo(200);
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
		// and every page without a path variable, read by an administrator
		List<MockHttpServletResponse> all = new java.util.ArrayList<>(answers);
		for (String path : pagePaths()) {
			all.add(mvc.perform(get(path).with(TestActors.admin())).andReturn().getResponse());
		}
		SoftAssertions softly = new SoftAssertions();
		for (MockHttpServletResponse r : all) {
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
