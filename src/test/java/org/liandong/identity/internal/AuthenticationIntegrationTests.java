package org.liandong.identity.internal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@IntegrationTest
class AuthenticationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers testUsers;

	@Autowired
	UserAdministration administration;

	@Autowired
	SharedSecrets secrets;

	@Autowired
	Users users;

	@Test
	void theLoginPageRendersInChineseByDefaultAndInEnglishOnRequest() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登录联动平台")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign in to Liandong")))
			.andExpect(header().string("Set-Cookie", containsString("liandong-lang=en")));
	}

	@Test
	void formLoginSucceedsWithTheRightPasswordAndFailsWithAWrongOne() throws Exception {
		String user = testUsers.operator();
		mvc.perform(formLogin("/login").user(user).password(TestUsers.PASSWORD))
			.andExpect(authenticated().withUsername(user).withRoles("OPERATOR"))
			.andExpect(redirectedUrl("/"));
		mvc.perform(formLogin("/login").user(user).password("wrong-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void pagesSendAnonymousBrowsersToTheLoginPage() throws Exception {
		mvc.perform(get("/users").accept(MediaType.TEXT_HTML))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
	}

	@Test
	void basicAuthenticationWorksOnTheApiAndAWrongPasswordIsAProblem401() throws Exception {
		String user = testUsers.operator();
		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user))
			.andExpect(jsonPath("$.role").value("OPERATOR"))
			.andExpect(jsonPath("$.regionCode").value("371000000000"));
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "wrong-password")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("WWW-Authenticate", "Basic realm=\"liandong\""))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.title").value("Unauthorized"));
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.type").value(startsWith("https://liandong.org/problems/")));
	}

	@Test
	void basicAuthenticationIsAcceptedOnPagesForScripts() throws Exception {
		mvc.perform(get("/users").with(httpBasic("admin", "demo123"))).andExpect(status().isOk());
	}

	@Test
	void aTokenIssuedForBasicCredentialsAuthenticatesApiCalls() throws Exception {
		String user = testUsers.operator();
		String body = mvc.perform(post("/api/v1/auth/token").with(httpBasic(user, TestUsers.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.expiresAt").value(startsWith("20")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = JsonPath.read(body, "$.token");
		Instant expiresAt = Instant.parse(JsonPath.read(body, "$.expiresAt"));

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(user));
		mvc.perform(post("/api/v1/auth/token").header("Authorization", "Bearer " + token))
			.andExpect(status().isForbidden());
		org.assertj.core.api.Assertions.assertThat(expiresAt).isAfter(Instant.now().plusSeconds(7 * 3600));
	}

	@Test
	void tamperedAndExpiredTokensAreRefusedWith401() throws Exception {
		String user = testUsers.operator();
		UserAccount account = users.findByUsername(user).orElseThrow();
		String token = new BearerTokens(secrets, IdentityProperties.defaults(), java.time.Clock.systemUTC())
			.issue(account).token();
		BearerTokens past = new BearerTokens(secrets, IdentityProperties.defaults(),
				java.time.Clock.fixed(Instant.now().minusSeconds(9 * 3600), java.time.ZoneOffset.UTC));
		String expired = past.issue(account).token();

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expired))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + tampered))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordResetRevokesTokensAndTheOldPassword() throws Exception {
		String user = testUsers.operator();
		String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").with(httpBasic(user, TestUsers.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		administration.resetPassword(user, "another-pass-456");

		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").with(httpBasic(user, "another-pass-456"))).andExpect(status().isOk());
	}

	@Test
	void aDisabledUserCannotSignInByFormBasicOrToken() throws Exception {
		String user = testUsers.operator();
		String token = JsonPath.read(mvc.perform(post("/api/v1/auth/token").with(httpBasic(user, TestUsers.PASSWORD)))
			.andReturn().getResponse().getContentAsString(), "$.token");

		// the account is now read for the token (and kept for a second): the change must still take effect at once
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		administration.setEnabled(user, false);

		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/auth/token").with(httpBasic(user, TestUsers.PASSWORD)))
			.andExpect(status().isUnauthorized());
		mvc.perform(formLogin("/login").user(user).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void fiveFailedAttemptsThrottleTheUsernameWith429OnTheApiAndAMessageOnTheLoginPage() throws Exception {
		String user = testUsers.operator();
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/me").with(httpBasic(user, "wrong-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(httpBasic(user, TestUsers.PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "900"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		mvc.perform(formLogin("/login").user(user).password(TestUsers.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("失败次数过多")));
	}
}
