package org.liandong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.deadline.DeadlineBreached;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Outbox;
import org.liandong.support.TestActors;
import org.liandong.workorder.WorkOrderEvent;
import org.liandong.workorder.WorkOrderStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/** Supervision and urging through the API (CONTRACT §7), and automatic supervision of breached deadlines. */
@IntegrationTest
class SupervisionIntegrationTests {

	static final String STREET = LinkageApi.STREET;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);
	RequestPostProcessor street = TestActors.handler(STREET);

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	@Test
	void superviseAndUrgeAreServedBySupervisionAndCreateRecordsNotStates() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		api.post(supervisor, "/api/v1/work-orders/{id}/supervise", "{\"level\":\"KEY\",\"reason\":\"群众反映强烈\"}", id)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/supervisions/")))
			.andExpect(jsonPath("$.level").value("KEY"))
			.andExpect(jsonPath("$.workOrderId").value(id))
			.andExpect(jsonPath("$.unitCode").value(STREET))
			.andExpect(jsonPath("$.open").value(true))
			.andExpect(jsonPath("$.automatic").value(false));
		api.post(supervisor, "/api/v1/work-orders/{id}/urge", "{\"note\":\"请今日内签收\"}", id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.unitCode").value(STREET));

		JsonNode order = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id));
		assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
		JsonNode timeline = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}/timeline", id));
		assertThat(timeline.findValuesAsString("action")).contains("SUPERVISED", "URGED");

		JsonNode list = api.read(api.get(street, "/api/v1/supervisions?unit={u}&open=true&size=1000", STREET));
		assertThat(list.get("content").findValuesAsString("workOrderId")).contains(id);
		JsonNode history = api.read(api.get(supervisor, "/api/v1/supervisions/units"));
		assertThat(history.findValuesAsString("unitCode")).contains(STREET);
	}

	@Test
	void refusalsFollowTheContractPrecedence() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		api.post(TestActors.handler("GAJ"), "/api/v1/work-orders/{id}/supervise",
				"{\"level\":\"KEY\",\"reason\":\"x\"}", id)
			.andExpect(status().isNotFound());
		api.post(street, "/api/v1/work-orders/{id}/supervise", "{\"level\":\"KEY\",\"reason\":\"x\"}", id)
			.andExpect(status().isForbidden());
		api.post(street, "/api/v1/work-orders/{id}/urge", "{\"note\":\"x\"}", id).andExpect(status().isForbidden());
		api.post(supervisor, "/api/v1/work-orders/{id}/supervise", "{\"level\":\"HIGH\",\"reason\":\"x\"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("level"));
		api.post(supervisor, "/api/v1/work-orders/{id}/supervise",
				"{\"level\":\"NORMAL\",\"reason\":\"x\",\"dueAt\":\"2000-01-01T00:00:00Z\"}", id)
			.andExpect(status().isBadRequest());
		for (String farAhead : new String[] { "+999999999-12-31T23:59:59Z", "2999-01-01T00:00:00Z" }) {
			api.post(supervisor, "/api/v1/work-orders/{id}/supervise",
					"{\"level\":\"KEY\",\"reason\":\"x\",\"dueAt\":\"" + farAhead + "\"}", id)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("dueAt"))
				.andExpect(jsonPath("$.errors[0].message").value("dueAt must be at most 1000 days ahead."));
		}
		api.post(supervisor, "/api/v1/work-orders/{id}/urge", "{}", id).andExpect(status().isBadRequest());
		api.post(supervisor, "/api/v1/work-orders/{id}/frobnicate", "{}", id).andExpect(status().isNotFound());
		// a malformed body does not jump the queue: 404 for who cannot see, 403 for who may not, then 400
		api.post(TestActors.handler("GAJ"), "/api/v1/work-orders/{id}/supervise", "{nope", id)
			.andExpect(status().isNotFound());
		api.post(street, "/api/v1/work-orders/{id}/supervise", "{nope", id).andExpect(status().isForbidden());
		api.post(street, "/api/v1/work-orders/{id}/urge", "{nope", id).andExpect(status().isForbidden());
		api.post(supervisor, "/api/v1/work-orders/{id}/supervise", "{nope", id).andExpect(status().isBadRequest());
		api.post(supervisor, "/api/v1/work-orders/{id}/supervise", "{\"level\":\"KEY\",\"dueAt\":\"soon\"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("dueAt"));
	}

	@Test
	void aBreachedHandlingDeadlineOpensOneSupervisionAndTheReplyEndsIt() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		// the deadline engine's event for the order's own due time: the order is flagged, and the flag opens it
		Instant due = Instant.parse(api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id)).get("dueAt").asString());
		var breach = new DeadlineBreached("test-" + id, "WORK_ORDER", id, "HANDLE", due, Instant.now());
		transactions.executeWithoutResult(tx -> events.publishEvent(breach));
		transactions.executeWithoutResult(tx -> events.publishEvent(breach));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode list = api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId={id}", id));
			assertThat(list.get("totalElements").asLong()).isEqualTo(1);
			assertThat(list.get("content").get(0).get("automatic").asBoolean()).isTrue();
		});
		List<String> actions = new java.util.ArrayList<>();
		api.read(api.get(supervisor, "/api/v1/work-orders/{id}/timeline", id))
			.forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).as("the breach before the supervision it opened").containsSubsequence("DEADLINE_BREACHED",
				"SUPERVISED");
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已取缔\"}", id).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode list = api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId={id}&open=true", id));
			assertThat(list.get("totalElements").asLong()).isZero();
		});
	}
	@Test
	void everyBreachedDeadlineOfTheOrderOpensItsOwnRecordOnceAndTheLateActEndsIt() throws Exception {
		// outside check: a sign deadline breached (SIGN_BREACHED, signOverdue) opened no supervision
		String id = api.dispatchedOrder(operator, dispatcher);
		JsonNode order = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id));
		for (String kind : new String[] { "SIGN", "RESPONSE", "HANDLE" }) {
			String field = switch (kind) {
				case "SIGN" -> "signDueAt";
				case "RESPONSE" -> "responseDueAt";
				default -> "dueAt";
			};
			Instant due = Instant.parse(order.get(field).asString());
			var breach = new DeadlineBreached("test-" + kind + "-" + id, "WORK_ORDER", id, kind, due, Instant.now());
			// the outbox may deliver an event twice
			transactions.executeWithoutResult(tx -> events.publishEvent(breach));
			transactions.executeWithoutResult(tx -> events.publishEvent(breach));
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode list = api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId={id}", id));
			assertThat(list.get("content").findValuesAsString("breachKind")).containsExactlyInAnyOrder("SIGN",
					"RESPONSE", "HANDLE");
			list.get("content").forEach(s -> {
				assertThat(s.get("automatic").asBoolean()).isTrue();
				assertThat(s.get("unitCode").asString()).isEqualTo(STREET);
			});
		});
		JsonNode timeline = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}/timeline", id));
		assertThat(timeline.findValuesAsString("action")).containsSubsequence("SIGN_BREACHED", "SUPERVISED");
		// signing ends the sign breach's record, the first contact the response breach's; the reply the rest
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(closeReasons(id)).containsEntry("SIGN", "SIGNED")
				.containsEntry("RESPONSE", null).containsEntry("HANDLE", null));
		api.post(street, "/api/v1/work-orders/{id}/contact", "{\"way\":\"PHONE\",\"outcome\":\"已联系\"}", id)
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(closeReasons(id)).containsEntry("RESPONSE", "RESPONDED")
				.containsEntry("HANDLE", null));
		api.post(street, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已取缔\"}", id).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(closeReasons(id)).containsEntry("HANDLE", "REPLIED"));
	}

	/** The close reason of each automatic record on the order, by the deadline it is about (null while open). */
	java.util.Map<String, String> closeReasons(String orderId) throws Exception {
		java.util.Map<String, String> reasons = new java.util.HashMap<>();
		api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId={id}", orderId)).get("content")
			.forEach(s -> reasons.put(s.get("breachKind").asString(),
					s.get("closeReason").isNull() ? null : s.get("closeReason").asString()));
		return reasons;
	}

	@Test
	void aReplyDeliveredAgainLaterLeavesTheCasesOpenedSinceAlone() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已处理\"}", id).andExpect(status().isOk());
		Instant replied = Instant.now();
		Outbox.awaitDelivered(jdbc, id);
		Thread.sleep(5); // the case below opens strictly after the reply
		String opened = api.read(api.post(supervisor, "/api/v1/work-orders/{id}/supervise",
				"{\"level\":\"KEY\",\"reason\":\"回访不满意\"}", id).andExpect(status().isCreated())).get("id").asString();

		// the reply's event delivered again (at a restart, or retried after a failure): the later case stays open
		WorkOrderStatus next = WorkOrderStatus.valueOf(
				api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id)).get("status").asString());
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new WorkOrderEvent.Replied(id, STREET, true, next, replied)));
		Outbox.awaitDelivered(jdbc, id);
		assertThat(api.read(api.get(supervisor, "/api/v1/supervisions/{s}", opened)).get("open").asBoolean()).isTrue();

		// a handling that ends after the case was opened ends it
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new WorkOrderEvent.Replied(id, STREET, true, next, Instant.now())));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				api.read(api.get(supervisor, "/api/v1/supervisions/{s}", opened)).get("open").asBoolean()).isFalse());
	}
}
