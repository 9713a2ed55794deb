package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * A merge racing the end of its master (outside check, 2026-11-28): the merge locks the master, so the master's
 * cancel or answer, begun a moment earlier, waits and then takes the freshly merged duplicate with it. The duplicate's
 * timeline must still read in order: its MERGE, then the UNMERGE or CLOSE_WITH_MASTER that followed, its last entry
 * the status it is in. Many rounds, each a real race on the real database; each round's outcome is one of the two
 * orders the contract allows (the merge first, then the master's end; or the master's end first, the merge refused).
 */
@IntegrationTest
class MergeRaceIntegrationTests {

	private static final String ORDER = """
			{"channel":"HOTLINE","content":"海滨北路路灯不亮，晚上很黑","regionCode":"371002003000"}""";

	private static final int ROUNDS = 12;

	@Autowired
	MockMvc mvc;

	WorkOrderApi api;

	final RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	ExecutorService pool;

	@BeforeEach
	void setUp() {
		api = new WorkOrderApi(mvc);
		pool = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void tearDown() {
		pool.shutdownNow();
	}

	@Test
	void aDuplicateMergedWhileItsMasterIsCancelledOrAnsweredReadsInOrder() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			String masterAction = round % 2 == 0 ? "cancel" : "answer";
			String masterBody = round % 2 == 0 ? "{\"reason\":\"重复来电\"}" : "{\"answer\":\"已告知市民处理进度\"}";
			String duplicate = api.createId(operator, ORDER);
			String master = api.createId(operator, ORDER);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> answers = new ArrayList<>();
			answers.add(pool.submit(() -> {
				start.await();
				return api.act(operator, duplicate, "merge", "{\"masterId\":\"" + master + "\"}").andReturn()
					.getResponse().getStatus();
			}));
			answers.add(pool.submit(() -> {
				start.await();
				return api.act(operator, master, masterAction, masterBody).andReturn().getResponse().getStatus();
			}));
			start.countDown();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(60, TimeUnit.SECONDS)).as(masterAction).isIn(200, 409);
			}
			assertInOrder(duplicate);
		}
	}

	private void assertInOrder(String id) throws Exception {
		String status = api.order(operator, id).get("status").asString();
		JsonNode timeline = api.timeline(operator, id);
		Instant previous = Instant.MIN;
		List<String> actions = new ArrayList<>();
		for (JsonNode entry : timeline) {
			Instant at = Instant.parse(entry.get("at").asString());
			assertThat(at).as("%s: %s", id, timeline).isAfterOrEqualTo(previous);
			previous = at;
			actions.add(entry.get("action").asString());
		}
		JsonNode last = timeline.get(timeline.size() - 1);
		assertThat(last.get("toStatus").asString()).as("%s: %s", id, timeline).isEqualTo(status);
		if (actions.contains("MERGE") && actions.size() > 2) {
			assertThat(actions.indexOf("MERGE")).as(actions.toString()).isEqualTo(actions.size() - 2);
		}
	}
}
