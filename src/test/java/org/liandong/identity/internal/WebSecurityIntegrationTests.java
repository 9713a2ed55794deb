package org.liandong.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WebSecurityIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void openEndpointsAnswerWithoutLogin() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.json("{\"status\":\"UP\"}", org.springframework.test.json.JsonCompareMode.STRICT));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value(org.hamcrest.Matchers.containsString("Liandong")))
			.andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
		mvc.perform(get("/v3/api-docs.yaml")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
		mvc.perform(get("/css/liandong.css")).andExpect(status().isOk());
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
	}

	@Test
	void credentialsSentToAnOpenAddressAreNotReadThereButStillCountOnTheApi() throws Exception {
		// a client or proxy that sends stale or wrong credentials is answered as anyone, not with a 401
		mvc.perform(get("/open311/v2/services.xml").with(httpBasic("nobody", "bad"))).andExpect(status().isOk());
		mvc.perform(get("/open311/v2/discovery.json").header("Authorization", "Bearer garbage"))
			.andExpect(status().isOk());
		mvc.perform(post("/open311/v2/requests.json").header("Authorization", "Bearer garbage")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "demo-open311-key")
			.param("service_code", "CE-0102")
			.param("address_string", "威海市环翠区海滨北路88号")
			.param("description", "路边暴露垃圾无人清理"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].service_request_id").exists());
		mvc.perform(get("/public/rankings").with(httpBasic("nobody", "bad"))).andExpect(status().isOk());
		mvc.perform(get("/portal").header("Authorization", "Basic !!!")).andExpect(status().isOk());
		// the device events' own signature still decides (401 without it), not the header
		mvc.perform(post("/api/v1/device-events").with(httpBasic("admin", "demo123"))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().doesNotExist("WWW-Authenticate"));
		// everywhere else a wrong credential is refused as before
		mvc.perform(get("/api/v1/me").with(httpBasic("nobody", "bad"))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer garbage"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/work-orders").with(httpBasic("nobody", "bad"))).andExpect(status().isUnauthorized());
	}

	@Test
	void theFaviconIsServedAndLinkedFromEveryPage() throws Exception {
		byte[] ico = mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		// an ICO file: reserved 0, type 1
		org.assertj.core.api.Assertions.assertThat(java.util.Arrays.copyOf(ico, 4)).containsExactly(0, 0, 1, 0);
		mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/login")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("<link rel=\"icon\" href=\"/favicon.ico\"")));
	}

	@Test
	void aFailedSignInComesBackWithTheUsernameFilledInOnceAndNotInTheAddress() throws Exception {
		var session = new org.springframework.mock.web.MockHttpSession();
		String username = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/login").session(session).with(csrf()).param("username", " " + username + " ")
			.param("password", "wrong"))
			.andExpect(redirectedUrl("/login?error"));
		String page = mvc.perform(get("/login?error").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("value=\"" + username + "\"")
			.containsPattern("id=\"password\"[^>]*autofocus");
		String again = mvc.perform(get("/login").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		org.assertj.core.api.Assertions.assertThat(again).as("once only").doesNotContain(username)
			.containsPattern("id=\"username\"[^>]*autofocus");
	}

	@Autowired
	org.springframework.context.ApplicationContext context;

	@Test
	void theFilterChainsAreNotDecoratedForObservationsThatAreOff() throws Exception {
		// (management.observations.enable.spring.security=false: a wrapper per filter would only make no-ops)
		// (the bean is a composite around the chain proxy WebSecurity built; the decorator is the latter's)
		var proxies = new java.util.ArrayList<Object>();
		for (var proxy : context.getBeansOfType(org.springframework.security.web.FilterChainProxy.class).values()) {
			proxies.add(proxy);
			var inner = org.springframework.util.ReflectionUtils.findField(proxy.getClass(), "springSecurityFilterChain");
			if (inner != null) {
				org.springframework.util.ReflectionUtils.makeAccessible(inner);
				proxies.add(org.springframework.util.ReflectionUtils.getField(inner, proxy));
			}
		}
		org.assertj.core.api.Assertions.assertThat(proxies).hasSizeGreaterThan(1).allSatisfy(proxy ->
				org.assertj.core.api.Assertions.assertThat(
						org.springframework.test.util.ReflectionTestUtils.getField(proxy, "filterChainDecorator"))
					.isNotNull()
					.isNotInstanceOf(org.springframework.security.web.ObservationFilterChainDecorator.class));
		// and the requests are still measured
		mvc.perform(get("/api/v1/me").with(httpBasic("operator1", "demo123"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo123"))).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("http_server_requests_seconds_count{")));
	}

	@Test
	void prometheusIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo123"))).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus").with(httpBasic("operator1", "demo123"))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("style-src 'self' 'unsafe-inline'")))
			.andExpect(header().string("Permissions-Policy", containsString("geolocation=(self)")))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	void pageFormsNeedACsrfTokenButTheApiDoesNot() throws Exception {
		mvc.perform(post("/logout").with(httpBasic("admin", "demo123"))).andExpect(status().isForbidden());
		mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).with(httpBasic("admin", "demo123")).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"));
		mvc.perform(post("/api/v1/auth/token").with(httpBasic("operator1", "demo123"))).andExpect(status().isOk());
	}

	@Test
	void anAuthenticatedCallerWithoutTheRoleGetsAProblem403() throws Exception {
		mvc.perform(get("/api/v1/users").with(httpBasic("operator1", "demo123")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.status").value(403));
		mvc.perform(get("/users").with(httpBasic("operator1", "demo123"))).andExpect(status().isForbidden());
	}
}
