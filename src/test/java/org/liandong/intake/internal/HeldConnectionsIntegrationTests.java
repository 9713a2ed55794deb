package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liandong.identity.Role;
import org.liandong.support.HeldConnections;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The statements a request commits or reads apart from its own transaction (a blocked caller's refused contact,
 * logged while the refusal rolls the request back; the stored outcome of a device event whose request lost the race
 * to store it) take no second connection from the pool the request holds one of. Here the pool has three
 * connections (at the start Flyway holds three: its own, the migrations', its callbacks') and the test holds two in
 * transactions of their own while the request runs: as with a pool whose every connection is held by a request
 * making such a statement, a second connection from it would be waited for until the pool's time-out, and the
 * request would fail (a 500 instead of the refusal).
 * <p>
 * And where the pool has no connection to give within its time-out at all, as when the database is down, every
 * surface answers a 503 with {@code Retry-After}, which a client retries: not a 400 (Open311's catch-all answered
 * one before), which tells it its request was wrong, nor a 401 or "wrong password" for a user who could not be
 * looked up, nor a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "spring.datasource.hikari.maximum-pool-size=3",
		"spring.datasource.hikari.connection-timeout=3000", "liandong.test.pool-size=3" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class HeldConnectionsIntegrationTests {

	static final int POOL = 3;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	DeviceEvents events;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aBlockedCallersOpen311RequestIsRefusedAndLoggedWhileTheRequestHoldsThePoolsLastConnection()
			throws Exception {
		String phone = "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
		mvc.perform(post("/api/v1/blocked-callers").with(TestActors.role(Role.SUPERVISOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"phone\":\"" + phone + "\",\"reason\":\"反复辱骂话务员\"}"))
			.andExpect(status().isCreated());
		holding(POOL - 1, () -> mvc.perform(post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "demo-open311-key")
			.param("service_code", "CG-0101")
			.param("address_string", "海滨北路 8 号")
			.param("attribute[DAMAGE]", "MISSING")
			.param("phone", phone))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$[0].description", Matchers.containsString("12345 hotline"))));
		assertThat(jdbc.sql("SELECT channel || ':' || outcome FROM in_contact_log WHERE phone_masked = :m")
			.param("m", phone.substring(0, 3) + "****" + phone.substring(7))
			.query(String.class)
			.list()).containsExactly("OPEN311:REFUSED");
	}

	@Test
	void theStoredOutcomeOfADeviceEventIsReadWhileTheLosersTransactionHoldsThePoolsLastConnection()
			throws Exception {
		String id = UUID.randomUUID().toString();
		String body = """
				{"eventId":"%s","deviceId":"meter-%s","type":"BATTERY_LOW","occurredAt":"2026-01-20T08:00:00+08:00",
				 "lat":37.51,"lon":122.12,"address":"环翠区某小区3号楼","detail":"电量低"}""".formatted(id, id);
		DeviceEvents.Outcome stored = events.receive("demo-compound", body, clock.instant());
		DeviceEvents.Outcome[] read = new DeviceEvents.Outcome[1];
		holding(POOL - 1, () -> read[0] = transaction.execute(tx -> {
			// the request that lost the race: its transaction (and the pool's last connection) still open
			jdbc.sql("SELECT COUNT(*) FROM in_device_event").query(Long.class).single();
			return events.stored("demo-compound", body).orElseThrow();
		}));
		assertThat(read[0]).isNotNull();
		assertThat(read[0].eventId()).isEqualTo(id);
		assertThat(read[0].outcome()).isEqualTo(stored.outcome());
		assertThat(read[0].replayed()).isTrue();
	}

	@Test
	void anOpen311PostWhileTheDatabaseIsOutOfReachIsA503ToRetryNotA400() throws Exception {
		long requests = jdbc.sql("SELECT COUNT(*) FROM in_open311_request").query(Long.class).single();
		// every connection held: the intake's transaction gets none within the pool's time-out
		holding(POOL, () -> mvc.perform(post("/open311/v2/requests.json")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("api_key", "demo-open311-key")
			.param("service_code", "CE-0102")
			.param("address_string", "竹岛街道"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().string("Retry-After", "5"))
			.andExpect(jsonPath("$[0].code").value(503))
			.andExpect(jsonPath("$[0].description", Matchers.containsString("retry in a few seconds"))));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM in_open311_request").query(Long.class).single())
			.isEqualTo(requests);
	}

	@Test
	void whileTheDatabaseIsOutOfReachTheApiThePagesAndSignInAnswer503ToRetryNotAFaultOfTheCaller(CapturedOutput log)
			throws Exception {
		// HTTP Basic credentials verified a moment ago, as a signed-in user's are (kept for their time to live)
		assertThat(send("/api/v1/me", "application/json").statusCode()).isEqualTo(200);
		assertThat(send("operator1", "GET", "/api/v1/me", null, null).statusCode()).isEqualTo(200);
		long orders = jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single();
		holding(POOL, () -> {
			// an operator's intake: a problem detail with the time to wait
			mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"HOTLINE\",\"content\":\"幸福路路灯不亮\",\"citizenName\":\"张三\","
						+ "\"citizenPhone\":\"13800000000\"}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.type").value("https://liandong.org/problems/unavailable"))
				.andExpect(jsonPath("$.status").value(503));
			// credentials not verified before: the user cannot be looked up, which is not a wrong password (401)
			mvc.perform(get("/api/v1/work-orders").with(httpBasic("operator1", "not-the-password")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(header().doesNotExist("WWW-Authenticate"))
				.andExpect(jsonPath("$.type").value("https://liandong.org/problems/unavailable"));
			// the sign-in form says so too, rather than "wrong user name or password"
			mvc.perform(post("/login").with(csrf()).param("username", "dispatcher1").param("password", "demo123"))
				.andExpect(redirectedUrl("/login?unavailable"));
			// a page whose handler reads the database: the container's error page, in the visitor's language
			HttpResponse<String> page = send("/work-orders", "text/html");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(page.body()).contains("系统暂时无法访问数据库");
			// the same path for a client that does not ask for HTML: a problem detail
			HttpResponse<String> problem = send("/work-orders", "application/json");
			assertThat(problem.statusCode()).isEqualTo(503);
			assertThat(problem.body()).contains("https://liandong.org/problems/unavailable");
			// an intake with an idempotency key, whose filter claims the key before any handler runs
			HttpResponse<String> keyed = send("operator1", "POST", "/api/v1/work-orders", UUID.randomUUID().toString(),
					"{\"channel\":\"HOTLINE\",\"content\":\"幸福路路灯不亮\"}");
			assertThat(keyed.statusCode()).isEqualTo(503);
			assertThat(keyed.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(keyed.body()).contains("https://liandong.org/problems/unavailable");
			// and the health a load balancer asks says so
			assertThat(send("/actuator/health", "application/json").statusCode()).isEqualTo(503);
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM wo_order").query(Long.class).single()).isEqualTo(orders);
		// each failure logged in a line, not the container's stack trace per request
		assertThat(log).contains("Answered 503: the database is out of reach").doesNotContain("Servlet.service()")
			.doesNotContain("An internal error occurred while trying to authenticate the user");
		mvc.perform(get("/login").param("unavailable", "")).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"login-unavailable\"")));
	}

	/** A GET through the real server (MockMvc does not forward a failure to the container's error page). */
	HttpResponse<String> send(String path, String accept) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo123".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", accept)
			.header("Accept-Language", "zh-CN")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A JSON request as a demo user (password {@code demo123}), with an idempotency key where one is given. */
	HttpResponse<String> send(String user, String method, String path, String key, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json")
			.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	void holding(int connections, HeldConnections.Step step) throws Exception {
		HeldConnections.holding(transaction, jdbc, connections, step);
	}
}
