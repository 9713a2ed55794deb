package org.liandong.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liandong.reliability.Rows.count;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liandong.support.TestDatabaseInitializer;

/**
 * Two platform processes on one PostgreSQL database, both polling deadlines and both delivering events from the one
 * event publication registry: both serve requests, every warning and breach fires exactly once, and every event
 * takes effect exactly once (one automatic supervision per breached handling limit, one inbox entry per recipient
 * and event, nothing left undelivered in the registry). Part of the long suite ({@code -Preliability}).
 */
class TwoInstancesReliabilityTests {

	private static final int ORDERS = 12;

	private final Http http = new Http();

	@TempDir
	Path work;

	@Test
	void twoInstancesOnOnePostgresqlFireEveryDeadlineAndEveryEventOnce() throws Exception {
		String url = TestDatabaseInitializer.newPostgresDatabase();
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		// the directory notices items created on the other instance after liandong.directory.refresh-check
		Map<String, String> props = Map.of("liandong.deadline.poll-interval", "PT0.2S",
				"liandong.directory.refresh-check", "PT1S", "spring.datasource.url", url,
				"spring.datasource.username", "postgres", "spring.datasource.password", "postgres");
		// one after the other: the first creates the schema and the demo data, the second finds them
		try (PlatformProcess a = PlatformProcess.start(work.resolve("a"), "a", withDataDir(props, work.resolve("a")));
				PlatformProcess b = PlatformProcess.start(work.resolve("b"), "b", withDataDir(props, work.resolve("b")))) {
			List<String> bases = List.of(a.base(), b.base());
			Http.Answer item = http.post(a.base(), "admin", "/api/v1/items", Http.shortItem("TWO-" + run, "PT20S"), null);
			assertThat(item.status()).as(item.body()).isEqualTo(201);
			await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> http
				.get(b.base(), "admin", "/api/v1/items/TWO-" + run).status() == 200);
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < ORDERS; i++) {
				String intake = bases.get(i % 2);
				String dispatch = bases.get((i + 1) % 2);
				Http.Answer created = http.post(intake, "operator1", "/api/v1/work-orders", """
						{"channel":"HOTLINE","content":"两实例测试 %s-%d 路灯不亮","itemCode":"TWO-%s",
						 "citizenName":"测试","citizenPhone":"13800000001"}""".formatted(run, i, run), null);
				assertThat(created.status()).as(created.body()).isEqualTo(201);
				String id = created.json().get("id").asString();
				Http.Answer dispatched = http.post(dispatch, "dispatcher1", "/api/v1/work-orders/" + id + "/dispatch",
						"{\"leadUnitCode\":\"ST-371002003\"}", null);
				assertThat(dispatched.status()).as(dispatched.body()).isEqualTo(200);
				ids.add(id);
			}
			// each instance reads what the other wrote
			for (int i = 0; i < ORDERS; i++) {
				assertThat(http.get(bases.get((i + 1) % 2), "admin", "/api/v1/work-orders/" + ids.get(i)).status())
					.isEqualTo(200);
			}
			await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
				for (String id : ids) {
					assertThat(http.get(a.base(), "admin", "/api/v1/work-orders/" + id).json().get("overdue").asBoolean())
						.as("order %s overdue", id).isTrue();
				}
			});
			try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
				// every deliverable event has been delivered (completed publications are deleted)
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
					.untilAsserted(() -> assertThat(count(c, "SELECT count(*) FROM event_publication")).isZero());
				for (String id : ids) {
					List<String> actions = new ArrayList<>();
					http.get(bases.get(ids.indexOf(id) % 2), "admin", "/api/v1/work-orders/" + id + "/timeline").json()
						.forEach(e -> actions.add(e.get("action").asString()));
					assertThat(actions).as("timeline of %s", id)
						.containsOnlyOnce("DEADLINE_WARNED", "DEADLINE_BREACHED", "SIGN_BREACHED", "DISPATCH");
					assertThat(count(c, "SELECT count(*) FROM wo_timeline WHERE order_id = ? AND action = "
							+ "'DEADLINE_BREACHED'", id)).isEqualTo(1);
					assertThat(count(c, "SELECT count(*) FROM sv_supervision WHERE work_order_id = ? "
							+ "AND breach_kind = 'HANDLE'", id))
						.as("automatic supervisions of %s' handling deadline", id).isEqualTo(1);
					assertThat(count(c, "SELECT count(*) FROM nt_notification WHERE order_id = ?", id))
						.as("notifications of %s", id).isPositive();
				}
			}
		}
	}

	private static Map<String, String> withDataDir(Map<String, String> props, Path dir) {
		var all = new java.util.HashMap<>(props);
		all.put("liandong.data-dir", dir.resolve("data").toString());
		return all;
	}
}
