package org.liandong.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.deadline.DeadlineBreached;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A supervision record and the order's routing: a record a supervisor opened follows the order to its lead unit (none
 * while it waits for dispatch), one a unit's breach opened ends when the order leaves that unit.
 */
@IntegrationTest
class SupervisionFollowsTheOrderIntegrationTests {

	static final String STREET = LinkageApi.STREET;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);
	RequestPostProcessor street = TestActors.handler(STREET);

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String received() throws Exception {
		return api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER).andExpect(status().isCreated()))
			.get("id").asString();
	}

	String supervise(String orderId) throws Exception {
		return api.read(api.post(supervisor, "/api/v1/work-orders/{id}/supervise",
				"{\"level\":\"NORMAL\",\"reason\":\"受理即督\"}", orderId).andExpect(status().isCreated()))
			.get("id").asString();
	}

	JsonNode record(String supervisionId) throws Exception {
		return api.read(api.get(supervisor, "/api/v1/supervisions/{id}", supervisionId).andExpect(status().isOk()));
	}

	/** The handling deadline of the order breached, as the deadline engine says it; answers the breach's record. */
	String breach(String orderId) throws Exception {
		JsonNode order = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", orderId));
		Instant due = Instant.parse(order.get("dueAt").asString());
		String deadlineId = "test-handle-" + orderId + "-" + order.get("version").asInt();
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new DeadlineBreached(deadlineId, "WORK_ORDER", orderId, "HANDLE", due, Instant.now())));
		String[] id = new String[1];
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode list = api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId={id}&open=true", orderId));
			JsonNode automatic = null;
			for (JsonNode s : list.get("content")) {
				if (s.get("automatic").asBoolean()) {
					automatic = s;
				}
			}
			assertThat(automatic).isNotNull();
			id[0] = automatic.get("id").asString();
		});
		return id[0];
	}

	@Test
	void aRecordOnAnOrderWaitingForDispatchIsNoUnitsAndIsNotFoundForUnitsNeverAnError() throws Exception {
		String id = received();
		String sup = supervise(id);
		assertThat(record(sup).get("unitCode").isNull()).isTrue();
		for (RequestPostProcessor who : new RequestPostProcessor[] { TestActors.handler("CSGLJ"), street,
				TestActors.handler("SWJ"), TestActors.role(Role.GRID_WORKER) }) {
			api.get(who, "/api/v1/supervisions/{id}", sup).andExpect(status().isNotFound());
			api.get(who, "/api/v1/supervisions?workOrderId={id}", id).andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(0));
		}
		JsonNode units = api.read(api.get(supervisor, "/api/v1/supervisions/units").andExpect(status().isOk()));
		units.forEach(u -> assertThat(u.get("unitCode").isNull()).as("a row per unit: %s", u).isFalse());
	}

	@Test
	void aRecordOpenedBeforeDispatchGoesToTheLeadUnitAtDispatch() throws Exception {
		String id = received();
		String sup = supervise(id);
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + STREET + "\"}", id)
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(record(sup).get("unitCode").asString()).isEqualTo(STREET));
		api.get(street, "/api/v1/supervisions/{id}", sup).andExpect(status().isOk());
		JsonNode listed = api.read(api.get(street, "/api/v1/supervisions?workOrderId={id}", id));
		assertThat(listed.get("content").findValuesAsString("id")).containsExactly(sup);
	}

	@Test
	void anApprovedReturnEndsTheBreachRecordAndTakesTheHandOpenedOneBackToNoUnit() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		String manual = supervise(id);
		String automatic = breach(id);
		api.post(street, "/api/v1/work-orders/{id}/request-return", "{\"reason\":\"非本单位职责\"}", id)
			.andExpect(status().isOk());
		api.post(dispatcher, "/api/v1/work-orders/{id}/approve-return", "{}", id).andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode ended = record(automatic);
			assertThat(ended.get("open").asBoolean()).isFalse();
			assertThat(ended.get("closeReason").asString()).isEqualTo("RETURNED");
			assertThat(ended.get("unitCode").asString()).as("the unit it was about").isEqualTo(STREET);
			JsonNode waiting = record(manual);
			assertThat(waiting.get("open").asBoolean()).isTrue();
			assertThat(waiting.get("unitCode").isNull()).isTrue();
		});
		api.get(street, "/api/v1/supervisions/{id}", manual).andExpect(status().isNotFound());
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"CSGLJ\"}", id)
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(record(manual).get("unitCode").asString()).isEqualTo("CSGLJ"));
		api.get(TestActors.handler("CSGLJ"), "/api/v1/supervisions/{id}", manual).andExpect(status().isOk());
	}

	@Test
	void aReassignmentEndsTheBreachRecordAndTakesTheHandOpenedOneToTheNewLeadUnit() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		String manual = supervise(id);
		String automatic = breach(id);
		api.post(dispatcher, "/api/v1/work-orders/{id}/reassign", "{\"leadUnitCode\":\"SWJ\"}", id)
			.andExpect(status().isOk());
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode ended = record(automatic);
			assertThat(ended.get("open").asBoolean()).isFalse();
			assertThat(ended.get("closeReason").asString()).isEqualTo("REASSIGNED");
			assertThat(record(manual).get("unitCode").asString()).isEqualTo("SWJ");
		});
		JsonNode swj = api.read(api.get(TestActors.handler("SWJ"), "/api/v1/supervisions?workOrderId={id}&open=true", id));
		assertThat(swj.get("content").findValuesAsString("id")).containsExactly(manual);
		JsonNode old = api.read(api.get(street, "/api/v1/supervisions?workOrderId={id}&open=true", id));
		assertThat(old.get("totalElements").asLong()).isZero();
	}
}
