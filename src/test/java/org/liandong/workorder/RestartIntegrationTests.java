package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liandong.LiandongApplication;
import org.liandong.support.TestDatabaseInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform restarted between dispatch and the deadline: the warning and the breach still fire, each once, on
 * the same database, through real HTTP with the demo users' passwords. On the embedded H2 the restart also finds the
 * timeline's identity and the number sequence behind the stored rows, as H2 can leave them after a killed process,
 * and intake works at once (shared.EmbeddedSequences).
 */
class RestartIntegrationTests {

	private final HttpClient http = HttpClient.newHttpClient();
	private final JsonMapper json = JsonMapper.builder().build();

	@TempDir
	Path dataDir;

	private ConfigurableApplicationContext start(String url, String user, String password) {
		Map<String, Object> props = new HashMap<>();
		props.put("server.port", "0");
		props.put("liandong.data-dir", dataDir.toString());
		props.put("spring.datasource.url", url);
		props.put("spring.datasource.username", user);
		props.put("spring.datasource.password", password);
		props.put(TestDatabaseInitializer.FIXED_DATASOURCE, "true");
		props.put("liandong.deadline.poll-interval", "PT0.5S");
		// command-line arguments, so that they win over the test profile's in-memory database
		String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new SpringApplicationBuilder(LiandongApplication.class).profiles("test").run(args);
	}

	@Test
	void aRestartBetweenDispatchAndBreachNeitherLosesNorRepeatsTheDeadline() throws Exception {
		String url;
		String user;
		String password;
		if (TestDatabaseInitializer.postgresRequested()) {
			url = TestDatabaseInitializer.newPostgresDatabase();
			user = "postgres";
			password = "postgres";
		}
		else {
			Files.createDirectories(dataDir);
			url = "jdbc:h2:file:" + dataDir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
			user = "sa";
			password = "";
		}
		String id;
		String number;
		try (var first = start(url, user, password)) {
			String base = base(first);
			String limit = "{\"duration\":\"PT8S\",\"mode\":\"NATURAL\"}";
			post(base, "admin", "/api/v1/items", """
					{"code":"TEST-RESTART","name":"重启测试事项","path":["城乡建设","市政设施","路灯"],"nature":"COMPLAINT",
					 "urgency":"NORMAL","description":"d","keywords":[],"publicService":false,
					 "unitRule":{"type":"LOCAL_STREET","coUnitCodes":[]},
					 "limits":{"sign":%s,"response":%s,"handle":{"NORMAL":%s}},
					 "verificationRequired":false,"closingCriteria":"c"}""".formatted(limit, limit, limit), 201);
			JsonNode created = post(base, "operator1", "/api/v1/work-orders",
					"{\"channel\":\"HOTLINE\",\"content\":\"路灯不亮\",\"itemCode\":\"TEST-RESTART\"}", 201);
			id = created.get("id").asString();
			number = created.get("number").asString();
			JsonNode dispatched = post(base, "dispatcher1", "/api/v1/work-orders/" + id + "/dispatch",
					"{\"leadUnitCode\":\"ST-371002003\"}", 200);
			assertThat(dispatched.get("warned").asBoolean()).isFalse();
		}
		if (!TestDatabaseInitializer.postgresRequested()) {
			// what H2 (2.5.252) can come back with after a SIGKILL: sequences behind the values that rows hold
			try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
				st.execute("ALTER TABLE wo_timeline ALTER COLUMN id RESTART WITH 1");
				st.execute("ALTER SEQUENCE wo_number_seq RESTART WITH 1");
			}
		}
		try (var second = start(url, user, password)) {
			String base = base(second);
			JsonNode after = post(base, "operator1", "/api/v1/work-orders",
					"{\"channel\":\"HOTLINE\",\"content\":\"重启后受理：路灯不亮\"}", 201);
			assertThat(after.get("number").asString()).isNotEqualTo(number);
			assertThat(get(base, "/api/v1/work-orders/" + after.get("id").asString() + "/timeline")).hasSize(1);
			await().atMost(Duration.ofSeconds(60)).untilAsserted(
					() -> assertThat(get(base, "/api/v1/work-orders/" + id).get("overdue").asBoolean()).isTrue());
			List<String> actions = new ArrayList<>();
			get(base, "/api/v1/work-orders/" + id + "/timeline").forEach(e -> actions.add(e.get("action").asString()));
			assertThat(actions).containsOnlyOnce("DEADLINE_WARNED", "DEADLINE_BREACHED", "SIGN_BREACHED");
			assertThat(actions.indexOf("DEADLINE_WARNED")).isLessThan(actions.indexOf("DEADLINE_BREACHED"));
		}
	}

	private static String base(ConfigurableApplicationContext context) {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		return "http://127.0.0.1:" + port;
	}

	private JsonNode post(String base, String user, String path, String body, int expected) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", basic(user))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
		return json.readTree(response.body());
	}

	private JsonNode get(String base, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic("admin")).build();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":demo123").getBytes(StandardCharsets.UTF_8));
	}
}
