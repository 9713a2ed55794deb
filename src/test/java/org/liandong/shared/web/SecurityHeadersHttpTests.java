package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every answer carries the security headers, whatever refuses the request (outside check, 2026-12): the API's body
 * limit and the public rate limit (filters before Spring Security), a path that encodes a letter, Spring Security's
 * firewall, and the servlet container itself. Through a real server: MockMvc has no firewall, no container error
 * page and no error valve. The public limit is set low here (its own context), so that it is reached at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "liandong.rate-limit.public-per-minute=1", "liandong.rate-limit.burst=2" })
@ActiveProfiles("test")
class SecurityHeadersHttpTests {

	private static final String BASIC = "Basic "
			+ Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8));

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", BASIC);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertSecurityHeaders(HttpResponse<String> answer, int status) {
		assertThat(answer.statusCode()).as(answer.uri() + " " + answer.body()).isEqualTo(status);
		var headers = answer.headers();
		assertThat(headers.allValues("X-Frame-Options")).as(answer.uri().toString()).containsExactly("DENY");
		assertThat(headers.allValues("X-Content-Type-Options")).as(answer.uri().toString()).containsExactly("nosniff");
		assertThat(headers.allValues("Referrer-Policy")).as(answer.uri().toString())
			.containsExactly("strict-origin-when-cross-origin");
		assertThat(headers.allValues("Content-Security-Policy")).as(answer.uri().toString())
			.singleElement()
			.satisfies(csp -> assertThat(csp).contains("frame-ancestors 'none'", "script-src 'self'",
					"object-src 'none'"));
		assertThat(headers.allValues("Cache-Control")).as(answer.uri().toString())
			.singleElement()
			.satisfies(cache -> assertThat(cache).contains("no-store"));
		assertThat(headers.firstValue("Permissions-Policy")).as(answer.uri().toString()).isPresent();
	}

	@Test
	void anApiBodyOverTheLimitIsA413WithTheHeadersDeclaredOrChunked() throws Exception {
		byte[] big = ("{\"content\":\"" + "x".repeat(1_150_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		for (boolean chunked : new boolean[] { false, true }) {
			var answer = send(request("/api/v1/work-orders").header("Content-Type", "application/json")
				.POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))
						: HttpRequest.BodyPublishers.ofByteArray(big))
				.build());
			assertSecurityHeaders(answer, 413);
		}
	}

	@Test
	void thePublicRateLimitsRefusalCarriesTheHeaders() throws Exception {
		HttpResponse<String> answer = null;
		for (int i = 0; i < 10; i++) {
			answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/rankings")).build());
			if (answer.statusCode() == 429) {
				break;
			}
		}
		assertThat(answer.headers().firstValue("Retry-After")).isPresent();
		assertSecurityHeaders(answer, 429);
	}

	@Test
	void aPathThatEncodesALetterIsRefusedWithTheHeaders() throws Exception {
		assertSecurityHeaders(send(request("/%61pi/v1/users").build()), 400);
	}

	@Test
	void aPathTheFirewallRefusesIsRefusedWithTheHeadersAsAPageAndAsAProblem() throws Exception {
		for (String path : new String[] { "//users", "/users;x=1", "/work-orders/..;/users" }) {
			var page = send(request(path).header("Accept", "text/html").build());
			assertSecurityHeaders(page, 400);
			assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
					t -> assertThat(t).startsWith("text/html"));
			assertSecurityHeaders(send(request(path).build()), 400);
		}
		assertSecurityHeaders(send(request("//api/v1/users").build()), 400);
	}

	@Test
	void whatTheContainerRefusesByItselfCarriesTheHeaders() throws Exception {
		assertSecurityHeaders(send(request("/api/v1/work-orders/%00").build()), 400);
		assertSecurityHeaders(send(request("/work-orders/%00").header("Accept", "text/html").build()), 400);
	}

	@Test
	void ordinaryAnswersCarryThemOnceAsBefore() throws Exception {
		assertSecurityHeaders(send(request("/api/v1/me").build()), 200);
		assertSecurityHeaders(send(request("/work-orders").header("Accept", "text/html").build()), 200);
		assertSecurityHeaders(send(request("/api/v1/no-such-thing").build()), 404);
		assertSecurityHeaders(
				send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me")).build()), 401);
	}
}
