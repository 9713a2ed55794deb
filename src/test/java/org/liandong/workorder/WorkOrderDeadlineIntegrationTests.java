package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Deadlines on a running platform: an item with a few seconds of natural time warns and breaches on its own after
 * dispatch, each once, and both land on the order and its timeline.
 */
@IntegrationTest
class WorkOrderDeadlineIntegrationTests {

	@Autowired
	MockMvc mvc;

	static final RequestPostProcessor STREET = TestActors.handler("ST-371002003");

	/** An order of the item in 竹岛街道, taken in by an operator. */
	static String taken(WorkOrderApi api, String item) throws Exception {
		return api.createId(TestActors.role(Role.OPERATOR), """
				{"channel":"HOTLINE","content":"路灯不亮","regionCode":"371002003000","itemCode":"%s"}""".formatted(item));
	}

	/** The order dispatched to 竹岛街道, and signed there when {@code signed}: its clocks running. */
	static void dispatched(WorkOrderApi api, String id, boolean signed) throws Exception {
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		if (signed) {
			api.act(STREET, id, "sign", "{}");
		}
	}

	@Test
	void shortNaturalLimitsWarnThenBreachOnTheirOwnExactlyOnce() throws Exception {
		WorkOrderApi api = new WorkOrderApi(mvc);
		String item = TestItems.create(mvc, "TEST-FAST-1", false, "PT3S", "NATURAL");
		String id = taken(api, item);
		dispatched(api, id, false);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			JsonNode order = api.order(TestActors.admin(), id);
			assertThat(order.get("warned").asBoolean()).isTrue();
			assertThat(order.get("overdue").asBoolean()).isTrue();
			assertThat(order.get("signOverdue").asBoolean()).isTrue();
		});
		// each breach's automatic supervision (sign, response, handling: one each), written by another module's
		// listener of the same event
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api.timeline(TestActors.admin(), id))
			.extracting(e -> e.get("action").asString())
			.filteredOn("SUPERVISED"::equals)
			.hasSize(3));
		List<String> actions = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		api.timeline(TestActors.admin(), id).forEach(e -> {
			actions.add(e.get("action").asString());
			notes.add(e.get("action").asString() + " " + (e.get("note").isNull() ? "" : e.get("note").asString()));
		});
		assertThat(actions).containsOnlyOnce("DEADLINE_WARNED", "DEADLINE_BREACHED", "SIGN_BREACHED");
		assertThat(actions.indexOf("DEADLINE_WARNED")).isLessThan(actions.indexOf("DEADLINE_BREACHED"));
		assertThat(actions.indexOf("DEADLINE_BREACHED")).as("the cause before its effect: %s", notes)
			.isLessThan(indexOf(notes, "(handling deadline breached)"));
		assertThat(actions.indexOf("SIGN_BREACHED")).as("the cause before its effect: %s", notes)
			.isLessThan(indexOf(notes, "(sign deadline breached)"));
		assertThat(indexOf(notes, "(response deadline breached)")).isNotNegative();
	}

	private static int indexOf(List<String> notes, String part) {
		for (int i = 0; i < notes.size(); i++) {
			if (notes.get(i).startsWith("SUPERVISED ") && notes.get(i).contains(part)) {
				return i;
			}
		}
		return -1;
	}

	@Test
	void anUrgencyTheItemHasNoLimitForGetsTheConfiguredDefaultNotTheItemsNormalLimit() throws Exception {
		WorkOrderApi api = new WorkOrderApi(mvc);
		String limit = "{\"duration\":\"P3D\",\"mode\":\"NATURAL\"}";
		mvc.perform(post("/api/v1/items")
			.with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"TEST-NORMAL-ONLY","name":"只有一般时限的事项","path":["城乡建设","市政设施","井盖"],
					 "nature":"COMPLAINT","urgency":"NORMAL","description":"test item","keywords":["井盖"],
					 "publicService":false,"unitRule":{"type":"LOCAL_STREET","unitCode":null,"coUnitCodes":[]},
					 "limits":{"sign":%s,"response":%s,"handle":{"NORMAL":%s}},"verificationRequired":false}"""
				.formatted(limit, limit, limit)))
			.andExpect(status().isCreated());
		// the configured defaults (application.yml): URGENT PT24H and CRITICAL PT2H natural; NORMAL the item's own
		for (var expected : Map.of("CRITICAL", Duration.ofHours(2), "URGENT", Duration.ofHours(24), "NORMAL",
				Duration.ofDays(3)).entrySet()) {
			String id = api.createId(TestActors.role(Role.OPERATOR), """
					{"channel":"HOTLINE","content":"井盖缺失","regionCode":"371002003000","itemCode":"TEST-NORMAL-ONLY",
					 "urgency":"%s"}""".formatted(expected.getKey()));
			JsonNode order = api.read(api.act(TestActors.role(Role.DISPATCHER), id, "dispatch",
					"{\"leadUnitCode\":\"ST-371002003\"}"));
			assertThat(Duration.between(Instant.parse(order.get("dispatchedAt").asString()),
					Instant.parse(order.get("dueAt").asString())))
				.as(expected.getKey())
				.isEqualTo(expected.getValue());
		}
	}

	@Test
	void anOrderRepliedInTimeIsNeverFlagged() throws Exception {
		WorkOrderApi api = new WorkOrderApi(mvc);
		// (twelve seconds: the warning comes at four fifths, and the dispatch, sign and reply before it must not lose
		// the race to a stalled machine)
		String item = TestItems.create(mvc, "TEST-FAST-2", false, "PT12S", "NATURAL");
		String id = taken(api, item);
		dispatched(api, id, true);
		api.act(STREET, id, "reply", "{\"result\":\"已修复\"}");
		String other = taken(api, item);
		dispatched(api, other, false);
		// once the untouched order breached, the replied one (same limits, earlier) had its chance to be flagged
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.order(TestActors.admin(), other).get("overdue").asBoolean()).isTrue());
		JsonNode order = api.order(TestActors.admin(), id);
		assertThat(order.get("warned").asBoolean()).isFalse();
		assertThat(order.get("overdue").asBoolean()).isFalse();
		assertThat(order.get("status").asString()).isEqualTo("REVISITING");
	}

	@Test
	void anExtensionOfAnOverdueOrderClearsBothFlagsThenItsClockWarnsAndBreachesAgain() throws Exception {
		WorkOrderApi api = new WorkOrderApi(mvc);
		String item = TestItems.create(mvc, "TEST-FAST-4", false, "PT3S", "NATURAL");
		String id = taken(api, item);
		dispatched(api, id, true);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(api.order(TestActors.admin(), id).get("overdue").asBoolean()).isTrue());
		// a short extension: the new span's warning point (four fifths of it from the dispatch) has passed already
		String until = Instant.now().plusSeconds(20).toString();
		api.act(STREET, id, "request-extension", "{\"until\":\"" + until + "\",\"reason\":\"等配件\"}");
		JsonNode approved = api.read(api.act(TestActors.role(Role.DISPATCHER), id, "approve-extension",
				"{\"reason\":\"同意\"}"));
		assertThat(approved.get("warned").asBoolean()).as("CONTRACT §4: cleared, the new time is ahead").isFalse();
		assertThat(approved.get("overdue").asBoolean()).isFalse();
		// the moved clock warns at its next poll, then breaches at the new time: each on the timeline again
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.order(TestActors.admin(), id).get("overdue").asBoolean()).isTrue());
		List<String> actions = new ArrayList<>();
		api.timeline(TestActors.admin(), id).forEach(e -> actions.add(e.get("action").asString()));
		List<String> afterApproval = actions.subList(actions.indexOf("APPROVE_EXTENSION"), actions.size());
		assertThat(afterApproval).containsSubsequence("APPROVE_EXTENSION", "DEADLINE_WARNED", "DEADLINE_BREACHED");
	}

	@Test
	void aFailedVerificationHandsTheOrderBackWithItsHandlingClockRunningAgain() throws Exception {
		WorkOrderApi api = new WorkOrderApi(mvc);
		String item = TestItems.create(mvc, "TEST-FAST-3", true, "PT12S", "NATURAL");
		String id = api.createId(TestActors.role(Role.OPERATOR), """
				{"channel":"HOTLINE","content":"井盖缺失","regionCode":"371002003000","itemCode":"%s"}""".formatted(item));
		dispatched(api, id, true);
		api.act(STREET, id, "reply", "{\"result\":\"已修复\"}");
		assertThat(api.order(TestActors.admin(), id).get("status").asString()).isEqualTo("VERIFYING");
		api.act(TestActors.role(Role.DISPATCHER), id, "verify", "{\"passed\":false,\"note\":\"未修复\"}");
		assertThat(api.order(TestActors.admin(), id).get("status").asString()).isEqualTo("IN_PROGRESS");

		// the unit handles it again against the time it had left: the clock warns and breaches as before the reply
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(api.order(TestActors.admin(), id).get("overdue").asBoolean()).isTrue());
		List<String> actions = new ArrayList<>();
		api.timeline(TestActors.admin(), id).forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).containsOnlyOnce("DEADLINE_BREACHED");
		assertThat(actions.indexOf("VERIFY_FAILED")).isLessThan(actions.indexOf("DEADLINE_BREACHED"));
	}
}
