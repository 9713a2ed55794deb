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
}
