package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Idempotency keys on intake (CONTRACT §1): replay, reuse with another body, failed requests. */
@IntegrationTest
class IdempotencyIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	private MvcResult submit(String key, String content) throws Exception {
		return send(key, "{\"channel\":\"WEB\",\"content\":\"" + content + "\"}");
	}

	private MvcResult send(String key, String json) throws Exception {
		return mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)).andReturn();
	}

	private long count(String content) throws Exception {
		String body = mvc.perform(get("/api/v1/work-orders").with(TestActors.admin()).param("q", content))
			.andReturn().getResponse().getContentAsString();
		return Long.parseLong(body.replaceAll(".*\"totalElements\":(\\d+).*", "$1"));
	}

	/**
	 * A secret shown once is not kept for replays (outside check, 2026-11-28: a replay after a restart gave the same
	 * plaintext key, and a bearer token, from the store): an Open311 client's replay answers the client with its
	 * {@code apiKey} null, and no stored answer holds the key; a token asked for with a key is issued as without one,
	 * nothing stored.
	 */
	@Test
	void secretsShownOnceAreNotKeptForReplays() throws Exception {
		String key = UUID.randomUUID().toString();
		String body = "{\"name\":\"幂等客户端 " + key + "\"}";
		String[] answers = new String[2];
		for (int i = 0; i < 2; i++) {
			MvcResult result = mvc.perform(post("/api/v1/open311/clients").with(TestActors.admin())
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)).andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(201);
			answers[i] = result.getResponse().getContentAsString();
		}
		String apiKey = answers[0].replaceAll(".*\"apiKey\":\"([^\"]+)\".*", "$1");
		assertThat(apiKey).hasSizeGreaterThan(20);
		assertThat(answers[1]).contains("\"apiKey\":null")
			.isEqualTo(answers[0].replace("\"apiKey\":\"" + apiKey + "\"", "\"apiKey\":null"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sh_idempotency WHERE body LIKE :k")
			.param("k", "%" + apiKey + "%").query(Long.class).single()).isZero();

		String tokenKey = UUID.randomUUID().toString();
		String[] tokens = new String[2];
		for (int i = 0; i < 2; i++) {
			tokens[i] = mvc.perform(post("/api/v1/auth/token").with(httpBasic("operator1", "demo123"))
				.header("Idempotency-Key", tokenKey)).andReturn().getResponse().getContentAsString();
			assertThat(tokens[i]).contains("\"token\":\"");
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM sh_idempotency WHERE idem_key = :k").param("k", tokenKey)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aReplayWithTheSameBodyAnswersTheFirstAnswerAndCreatesNothing() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "幂等测试 " + key;
		MvcResult first = submit(key, content);
		MvcResult second = submit(key, content);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getStatus()).isEqualTo(201);
		assertThat(second.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		assertThat(second.getResponse().getHeader("Location")).isEqualTo(first.getResponse().getHeader("Location"));
		assertThat(count(content)).isEqualTo(1);
	}

	@Test
	void theSameDocumentWithItsMembersReorderedOrSpacedIsTheSameBody() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "顺序 " + key;
		MvcResult first = send(key, "{\"channel\":\"HOTLINE\",\"content\":\"" + content + "\",\"attachments\":[]}");
		for (String same : new String[] {
				"{\"content\":\"" + content + "\",\"attachments\":[],\"channel\":\"HOTLINE\"}",
				"{ \"channel\" : \"HOTLINE\",\n  \"content\": \"" + content + "\", \"attachments\": [ ] }" }) {
			MvcResult replay = send(key, same);
			assertThat(replay.getResponse().getStatus()).as(same).isEqualTo(201);
			assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
		}
		// a value that differs is another body still
		assertThat(send(key, "{\"content\":\"" + content + "\",\"channel\":\"WEB\",\"attachments\":[]}")
			.getResponse().getStatus()).isEqualTo(422);
		assertThat(count(content)).isEqualTo(1);
	}

	@Test
	void theSameKeyWithAnotherBodyAnswers422() throws Exception {
		String key = UUID.randomUUID().toString();
		submit(key, "第一次 " + key);
		MvcResult other = submit(key, "第二次 " + key);
		assertThat(other.getResponse().getStatus()).isEqualTo(422);
		assertThat(other.getResponse().getContentType()).contains("application/problem+json");
		assertThat(count("第二次 " + key)).isZero();
	}

	@Test
	void aReusedKeyAnswersWhatTheRequestItselfWouldBeRefusedWithBefore422() throws Exception {
		String key = UUID.randomUUID().toString();
		MvcResult first = submit(key, "先后 " + key);
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		// CONTRACT §1: 404 → 403 → 400 → 409 → 422
		mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"WEB\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("content"));
		mvc.perform(post("/api/v1/work-orders/" + UUID.randomUUID() + "/cancel").with(TestActors.role(Role.OPERATOR))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"重复\"}"))
			.andExpect(status().isNotFound());
		String id = first.getResponse().getContentAsString().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/work-orders/" + id + "/cancel").with(TestActors.role(Role.OPERATOR))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"重复\"}"))
			.andExpect(status().is(422));
		mvc.perform(get("/api/v1/work-orders/" + id).with(TestActors.admin()))
			.andExpect(jsonPath("$.status").value("RECEIVED")); // the trial cancel was rolled back
		MvcResult replay = submit(key, "先后 " + key);
		assertThat(replay.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void aKeyOfTheWrongLengthIsAValidationErrorNamingTheHeader() throws Exception {
		for (String key : new String[] { " ", "k".repeat(201) }) {
			mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"channel\":\"WEB\",\"content\":\"键长\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Invalid request"))
				.andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"))
				.andExpect(jsonPath("$.errors[0].message").value("The Idempotency-Key header must have 1 to 200 characters."));
		}
		assertThat(count("键长")).isZero();
	}

	@Test
	void aFailedRequestStoresNothingAndTheKeyCanBeUsedAgain() throws Exception {
		String key = UUID.randomUUID().toString();
		mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"WEB\"}")).andExpect(status().isBadRequest());
		assertThat(submit(key, "修正后 " + key).getResponse().getStatus()).isEqualTo(201);
	}

	@Test
	void aClaimOfTheEarlierKindAnswers409UntilItsLeaseEnds() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "进行中 " + key;
		assertThat(submit(key, content).getResponse().getStatus()).isEqualTo(201);
		// as if that request were still running on a node of a version before docs/adr/0008 (a rolling upgrade),
		// which wrote a claim, in progress, leased for a minute (a key held now is shown in
		// IdempotencyHoldIntegrationTests)
		jdbc.sql("UPDATE sh_idempotency SET state = 'IN_PROGRESS', owner_token = 'elsewhere', status_code = NULL, "
				+ "body = NULL, lease_until = :lease WHERE idem_key = :key")
			.param("lease", java.time.OffsetDateTime.now().plusMinutes(1))
			.param("key", key)
			.update();
		MvcResult running = submit(key, content);
		assertThat(running.getResponse().getStatus()).isEqualTo(409);
		assertThat(running.getResponse().getHeader("Retry-After")).isEqualTo("1");
		assertThat(running.getResponse().getContentAsString()).contains("idempotency-in-flight");
		assertThat(count(content)).isEqualTo(1);
		// a claim whose lease has ended (its node stopped) is removed: the request runs
		jdbc.sql("UPDATE sh_idempotency SET lease_until = :lease WHERE idem_key = :key")
			.param("lease", java.time.OffsetDateTime.now().minusSeconds(1))
			.param("key", key)
			.update();
		assertThat(submit(key, content).getResponse().getStatus()).isEqualTo(201);
		assertThat(submit(key, content).getResponse().getHeader("Idempotent-Replayed")).isEqualTo("true");
	}

	@Test
	void keysAreScopedToTheCaller() throws Exception {
		String key = UUID.randomUUID().toString();
		String content = "作用域 " + key;
		submit(key, content);
		mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.DISPATCHER))
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"WEB\",\"content\":\"" + content + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Idempotent-Replayed"))
			.andExpect(jsonPath("$.status").value("RECEIVED"));
		assertThat(count(content)).isEqualTo(2);
	}
}
