package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The session cookie as the servlet container writes it (MockMvc does not), through a real server: not readable by
 * scripts and not sent on cross-site posts, behind the CSRF token; and the page headers of docs/security.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SessionCookieHttpTests {

	@LocalServerPort
	int port;

	@Test
	void theLoginPagesSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(login.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
				p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=(self)"));
	}

	/**
	 * HTTP Basic on a page signs no one into a session, and opens none: every such request answered a new
	 * {@code JSESSIONID} (the CSRF token of the page's forms was kept in one). Its forms' token is derived from the
	 * credentials: a form posted with them and the token is taken, without the token refused.
	 */
	@Test
	void basicOnAPageOpensNoSessionAndItsFormsTokenStillCounts() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString("admin:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		String token = null;
		for (String path : List.of("/work-orders", "/work-orders", "/users", "/evaluation/revisits")) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization", basic)
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(page.headers().allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
			var found = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
			assertThat(found.find()).as(path).isTrue();
			token = found.group(1);
		}
		HttpResponse<String> withToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
			.header("Authorization", basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		// signed out (204 to a client that does not ask for a page), not refused
		assertThat(withToken.statusCode()).isIn(204, 302);
		assertThat(withToken.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
		HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
			.header("Authorization", basic)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=forged"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(withoutToken.statusCode()).isEqualTo(403);
		// another user's token is not this one's
		HttpResponse<String> othersToken = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString("operator1:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(othersToken.statusCode()).isEqualTo(403);
	}

	/** A page's parameter of the wrong kind is a readable 400 page, as the browser asked, in its language. */
	@Test
	void aPagesParameterOfTheWrongKindIsAReadable400Page() throws Exception {
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/work-orders?page=abc"))
				.header("Authorization", "Basic " + java.util.Base64.getEncoder()
					.encodeToString("admin:demo123".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.header("Accept", "text/html")
				.header("Accept-Language", "zh-CN")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(page.body()).contains("id=\"language\"").doesNotContain("MethodArgumentTypeMismatchException");
	}
}
