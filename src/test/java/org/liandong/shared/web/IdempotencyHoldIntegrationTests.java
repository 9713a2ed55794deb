package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A request holds its idempotency key for its transaction (docs/adr/0008), on the database under test: a second
 * request with the key answers 409 while the first runs, on any node (PostgreSQL's advisory lock, or this node's
 * memory on H2), and runs once the first has ended without an answer; answered keys replay without waiting for each
 * other; and an answer committed just before a request held the key is given instead of a second one.
 */
@IntegrationTest
class IdempotencyHoldIntegrationTests {

	private static final String OPERATOR = "operator1";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdempotencyStore store;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	private MvcResult submit(String key, String content) throws Exception {
		return mvc.perform(post("/api/v1/work-orders").with(httpBasic(OPERATOR, "demo123"))
			.header(IdempotencyFilter.HEADER, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"WEB\",\"content\":\"" + content + "\"}")).andReturn();
	}

	private long stored(String content) {
		return jdbc.sql("SELECT COUNT(*) FROM wo_order WHERE content = :c").param("c", content).query(Long.class).single();
	}

	/**
	 * Holds the key in a transaction of another thread (as a request running on any node would) until {@code done}
	 * is counted down, then rolls back; answers the outcome its claim had.
	 */
	private CompletableFuture<IdempotencyStore.Outcome> holdElsewhere(String scope, String key, String hash,
			CountDownLatch held, CountDownLatch done) {
		return CompletableFuture.supplyAsync(() -> {
			try (IdempotencyStore.Hold hold = store.hold(scope, key)) {
				return transaction.execute(tx -> {
					tx.setRollbackOnly();
					IdempotencyStore.Outcome outcome = hold.claim(hash).outcome();
					held.countDown();
					try {
						assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					return outcome;
				});
			}
		});
	}

	@Test
	void aKeyHeldByARunningRequestAnswers409AndIsFreeAgainWhenThatRequestEndsWithoutAnAnswer() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "运行中 " + key;
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		var running = holdElsewhere("user:" + OPERATOR, key, "a request still running", held, done);
		assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

		MvcResult whileRunning = submit(key, content);
		assertThat(whileRunning.getResponse().getStatus()).isEqualTo(409);
		assertThat(whileRunning.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(whileRunning.getResponse().getContentAsString()).contains("idempotency-in-flight");
		assertThat(stored(content)).isZero();

		done.countDown(); // the running request ends without an answer (refused, or its node stopped)
		assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(IdempotencyStore.Outcome.HELD);
		MvcResult afterwards = submit(key, content);
		assertThat(afterwards.getResponse().getStatus()).isEqualTo(201);
		MvcResult replay = submit(key, content);
		assertThat(replay.getResponse().getStatus()).isEqualTo(201);
		assertThat(replay.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
		assertThat(replay.getResponse().getContentAsString()).isEqualTo(afterwards.getResponse().getContentAsString());
		assertThat(stored(content)).isEqualTo(1);
	}

	@Test
	void anAnsweredKeyReplaysWhileAnotherReplayOfItRuns() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "重放 " + key;
		MvcResult first = submit(key, content);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		String hash = jdbc.sql("SELECT request_hash FROM sh_idempotency WHERE idem_key = :k").param("k", key)
			.query(String.class).single();

		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		var otherReplay = holdElsewhere("user:" + OPERATOR, key, hash, held, done);
		try {
			assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();
			MvcResult replay = submit(key, content);
			assertThat(replay.getResponse().getStatus()).isEqualTo(201);
			assertThat(replay.getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
			assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
			// another body with the key is still told apart while the replay runs
			assertThat(submit(key, content + " 改").getResponse().getStatus()).isEqualTo(422);
		}
		finally {
			done.countDown();
		}
		assertThat(otherReplay.get(30, TimeUnit.SECONDS)).isEqualTo(IdempotencyStore.Outcome.REPLAY);
		assertThat(stored(content)).isEqualTo(1);
	}

	@Test
	void anAnswerCommittedJustBeforeTheKeyWasHeldIsGivenAndTheSecondRunUndone() {
		String scope = "test:" + UUID.randomUUID();
		String key = "k";
		try (IdempotencyStore.Hold hold = store.hold(scope, key)) {
			IdempotencyStore.Claim claim = transaction.execute(tx -> {
				assertThat(hold.claim("same request").outcome()).isEqualTo(IdempotencyStore.Outcome.HELD);
				// meanwhile a request with the key, which held it just before, commits its answer
				CompletableFuture.runAsync(() -> transaction.executeWithoutResult(other -> jdbc.sql(
						"INSERT INTO sh_idempotency (scope, idem_key, request_hash, state, owner_token, lease_until, "
								+ "status_code, content_type, location, body, created_at) VALUES (:s, :k, 'same request', "
								+ "'COMPLETED', '-', CURRENT_TIMESTAMP, 201, 'application/json', NULL, "
								+ "'{\"first\":true}', CURRENT_TIMESTAMP)")
					.param("s", scope)
					.param("k", key)
					.update())).join();
				assertThat(hold.complete("same request",
						new IdempotencyStore.Stored(201, "application/json", null, "{\"second\":true}"))).isFalse();
				tx.setRollbackOnly();
				return hold.committed("same request");
			});
			assertThat(claim.outcome()).isEqualTo(IdempotencyStore.Outcome.REPLAY);
			assertThat(claim.stored().body()).isEqualTo("{\"first\":true}");
		}
		assertThat(jdbc.sql("SELECT body FROM sh_idempotency WHERE scope = :s").param("s", scope).query(String.class)
			.list()).containsExactly("{\"first\":true}");
	}
}
