package org.liandong.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liandong.reliability.Rows.count;
import static org.liandong.reliability.Rows.strings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database server goes away under load and comes back, as in a restart or a fail-over: while it is away every
 * request that needs it is answered 503 with {@code Retry-After} (the client's cue to retry, never a 500 or a lost
 * connection); after it is back, a request retried with its idempotency key is stored once, every order
 * acknowledged before exists once, the events whose listeners failed meanwhile are delivered (the outbox drains
 * without a restart of the platform: docs/adr/0012), and the deadlines that fell due meanwhile fire once each. A
 * PostgreSQL server of this test's own, stopped and started on the same data directory and port. Part of the long
 * suite ({@code -Preliability}).
 */
class DatabaseRestartReliabilityTests {

	/** Orders dispatched before the outage, with limits that fall due during or after it. */
	private static final int DISPATCHED = 6;

	/** Orders taken in at once just before the outage, so that their listeners are still at work when it begins. */
	private static final int BURST = 40;

	private final Http http = new Http();

	@TempDir
	Path work;

	@Test
	void whileTheDatabaseIsAwayRequestsAre503AndAfterItIsBackNothingIsLostOrDoubledAndFailedEventsAreDelivered()
			throws Exception {
		Path data = work.resolve("pgdata");
		int port = PlatformProcess.freePort();
		EmbeddedPostgres server = postgres(data, port);
		String url = "jdbc:postgresql://localhost:" + port + "/postgres";
		String run = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Map<String, String> props = Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
				"spring.datasource.password", "postgres", "liandong.data-dir", work.resolve("data").toString(),
				// a request waits 2 s for a connection rather than 30 while the server is away
				"spring.datasource.hikari.connection-timeout", "2000", "liandong.deadline.poll-interval", "PT0.2S",
				"liandong.events.retry-interval", "PT1S", "liandong.events.lost-after", "PT5S");
		try (PlatformProcess platform = PlatformProcess.start(work.resolve("p"), "p", props)) {
			String base = platform.base();
			Http.Answer item = http.post(base, "admin", "/api/v1/items", Http.shortItem("DBR-" + run, "PT15S"), null);
			assertThat(item.status()).as(item.body()).isEqualTo(201);
			List<String> dispatched = new ArrayList<>();
			for (int i = 0; i < DISPATCHED; i++) {
				String id = intake(base, run, "dispatched-" + i, UUID.randomUUID().toString());
				Http.Answer answer = http.post(base, "dispatcher1", "/api/v1/work-orders/" + id + "/dispatch",
						"{\"leadUnitCode\":\"ST-371002003\"}", null);
				assertThat(answer.status()).as(answer.body()).isEqualTo(200);
				dispatched.add(id);
			}
			Set<String> acknowledged = ConcurrentHashMap.newKeySet();
			acknowledged.addAll(dispatched);
			ExecutorService clients = Executors.newFixedThreadPool(8);
			try {
				List<Future<String>> burst = new ArrayList<>();
				for (int i = 0; i < BURST; i++) {
					String what = "burst-" + i;
					burst.add(clients.submit(() -> intake(base, run, what, UUID.randomUUID().toString())));
				}
				for (Future<String> f : burst) {
					acknowledged.add(f.get());
				}
			}
			finally {
				clients.shutdown();
			}

			server.close(); // the database goes away; the burst's listeners are still at work

			String key = UUID.randomUUID().toString();
			Http.Answer refused = http.post(base, "operator1", "/api/v1/work-orders", body(run, "in-the-outage"), key);
			assertThat(refused.status()).as(() -> refused.body() + "\n" + platform.tail()).isEqualTo(503);
			assertThat(refused.response().headers().firstValue("Retry-After")).hasValue("5");
			assertThat(refused.json().get("type").asString()).isEqualTo("https://liandong.org/problems/unavailable");
			Http.Answer read = http.get(base, "admin", "/api/v1/work-orders/" + dispatched.get(0));
			assertThat(read.status()).as(() -> read.body() + "\n" + platform.tail()).isEqualTo(503);
			Thread.sleep(6_000); // longer than lost-after: what the listeners could not even mark failed is lost

			server = postgres(data, port); // back, on the same data and port
			try {
				// the client retries with the same key until the platform reaches the database again
				Http.Answer[] answer = new Http.Answer[1];
				await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
					answer[0] = http.post(base, "operator1", "/api/v1/work-orders", body(run, "in-the-outage"), key);
					assertThat(answer[0].status()).as(answer[0].body()).isIn(201, 503);
					return answer[0].status() == 201;
				});
				String retried = answer[0].json().get("id").asString();
				Http.Answer replay = http.post(base, "operator1", "/api/v1/work-orders", body(run, "in-the-outage"), key);
				assertThat(replay.status()).isEqualTo(201);
				assertThat(replay.json().get("id").asString()).isEqualTo(retried);
				acknowledged.add(retried);

				try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
					// every order acknowledged exists, once; nothing else of this run was stored
					String ofRun = "%" + run + "%";
					Set<String> stored = new HashSet<>(strings(c, "SELECT id FROM wo_order WHERE content LIKE ?", ofRun));
					assertThat(stored).containsExactlyInAnyOrderElementsOf(acknowledged);
					assertThat(count(c, "SELECT count(*) FROM wo_order WHERE content LIKE ?", ofRun))
						.isEqualTo(acknowledged.size());
					// the outbox drains while the platform runs: failed and lost deliveries are delivered again
					await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
						.untilAsserted(() -> assertThat(count(c, "SELECT count(*) FROM event_publication")).isZero());
					// the deadlines that fell due fire once each, and their events take effect once
					await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
						for (String id : dispatched) {
							assertThat(count(c, "SELECT count(*) FROM wo_timeline WHERE order_id = ? "
									+ "AND action = 'DEADLINE_BREACHED'", id)).as("breaches of %s", id).isEqualTo(1);
							assertThat(count(c, "SELECT count(*) FROM sv_supervision WHERE work_order_id = ? "
									+ "AND breach_kind = 'HANDLE'", id))
								.as("automatic supervisions of %s' handling deadline", id).isEqualTo(1);
						}
					});
					for (String id : acknowledged) {
						assertThat(count(c, "SELECT count(*) FROM wo_timeline WHERE order_id = ? AND action = 'RECEIVE'",
								id)).as("intake entries of %s", id).isEqualTo(1);
					}
				}
				// how much of the retry the outage exercised (timing decides it; the assertions above hold either way)
				List<String> log = Files.readAllLines(platform.log());
				System.out.printf("database restart: %d order(s) acknowledged; lines of the platform's log: "
						+ "%d taking publications for lost, %d with failed ones due again, %d answered 503%n",
						acknowledged.size(), lines(log, "had no delivery left"),
						lines(log, "due for another delivery"), lines(log, "Answered 503"));
			}
			finally {
				server.close();
			}
		}
	}

	private String intake(String base, String run, String what, String key) throws Exception {
		Http.Answer created = http.post(base, "operator1", "/api/v1/work-orders", body(run, what), key);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	private static String body(String run, String what) {
		return """
				{"channel":"HOTLINE","content":"数据库重启测试 %s %s 路灯不亮","itemCode":"DBR-%s",
				 "citizenName":"测试","citizenPhone":"13800000002"}""".formatted(run, what, run);
	}

	/** A server on this data directory and port, the directory initialised at the first start and kept. */
	private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(port)
			.start();
	}

	private static long lines(List<String> log, String text) {
		return log.stream().filter(l -> l.contains(text)).count();
	}
}
