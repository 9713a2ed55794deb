package org.liandong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.deadline.DeadlineBreached;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/** Whistles through the API (CONTRACT §7): blow, report, close, rate, visibility and refusals. */
@IntegrationTest
class WhistleIntegrationTests {

	static final String STREET = LinkageApi.STREET;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor street = TestActors.handler(STREET);
	RequestPostProcessor cityManagement = TestActors.handler("CSGLJ");
	RequestPostProcessor market = TestActors.handler("SCJGJ");
	RequestPostProcessor police = TestActors.handler("GAJ");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String blow(String orderId) throws Exception {
		String body = """
				{"type":"EMERGENCY","workOrderId":"%s","description":"占道经营联合执法",
				 "summonedUnitCodes":["CSGLJ","SCJGJ"]}""".formatted(orderId);
		return api.read(api.post(street, "/api/v1/whistles", body).andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void summonedUnitsSeeTheOrderAndReportAndTheBlowerClosesAndRates() throws Exception {
		String orderId = api.dispatchedOrder(operator, dispatcher);
		api.get(cityManagement, "/api/v1/work-orders/{id}", orderId).andExpect(status().isNotFound());

		String id = blow(orderId);

		api.get(cityManagement, "/api/v1/work-orders/{id}", orderId).andExpect(status().isOk());
		api.get(market, "/api/v1/whistles/{id}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("EMERGENCY"))
			.andExpect(jsonPath("$.missing.length()").value(2))
			.andExpect(jsonPath("$.reports.length()").value(0));

		api.post(cityManagement, "/api/v1/whistles/{id}/report",
				"{\"unitCode\":\"CSGLJ\",\"note\":\"执法队员已到场\",\"lat\":37.5,\"lon\":122.1}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports[0].unitCode").value("CSGLJ"))
			.andExpect(jsonPath("$.reports[0].late").value(false))
			.andExpect(jsonPath("$.reports[0].note").value("执法队员已到场"))
			.andExpect(jsonPath("$.missing[0]").value("SCJGJ"));
		api.post(cityManagement, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\",\"note\":\"again\"}", id)
			.andExpect(status().isConflict());

		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":5}", id)
			.andExpect(status().isConflict());
		api.post(cityManagement, "/api/v1/whistles/{id}/close", "{\"note\":\"done\"}", id)
			.andExpect(status().isForbidden());
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已联合处置完毕\"}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		api.post(market, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"SCJGJ\",\"note\":\"late\"}", id)
			.andExpect(status().isConflict());
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":6}", id)
			.andExpect(status().isBadRequest());
		JsonNode rated = api
			.read(api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":4,\"comment\":\"到场及时\"}", id)
				.andExpect(status().isOk()));
		assertThat(rated.get("ratings").get(0).get("score").asInt()).isEqualTo(4);
		assertThat(rated.get("ratings").get(0).get("comment").asString()).isEqualTo("到场及时");
		assertThat(rated.get("timeline").findValuesAsString("action")).containsSubsequence("BLOWN", "REPORTED",
				"CLOSED", "RATED");

		JsonNode timeline = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}/timeline", orderId));
		assertThat(timeline.findValuesAsString("action")).contains("WHISTLE", "WHISTLE_CLOSED");
	}

	@Test
	void strangersGet404AndInvalidWhistlesGet400() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.get(police, "/api/v1/whistles/{id}", id).andExpect(status().isNotFound());
		api.get(TestActors.role(Role.SUPERVISOR), "/api/v1/whistles/{id}", id).andExpect(status().isOk());
		api.post(police, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"GAJ\",\"note\":\"x\"}", id)
			.andExpect(status().isNotFound());
		api.post(street, "/api/v1/whistles",
				"{\"type\":\"LOUD\",\"description\":\"x\",\"summonedUnitCodes\":[\"CSGLJ\"]}")
			.andExpect(status().isBadRequest());
		api.post(street, "/api/v1/whistles",
				"{\"type\":\"DAILY\",\"description\":\"x\",\"summonedUnitCodes\":[\"NOPE\"]}")
			.andExpect(status().isBadRequest());
		api.post(street, "/api/v1/whistles", "{\"type\":\"DAILY\",\"description\":\"x\",\"summonedUnitCodes\":[]}")
			.andExpect(status().isBadRequest());
		api.post(dispatcher, "/api/v1/whistles",
				"{\"type\":\"DAILY\",\"description\":\"x\",\"summonedUnitCodes\":[\"CSGLJ\"]}")
			.andExpect(status().isForbidden());
	}

	@Test
	void aStandaloneWhistleUsesTheReportLimitOfItsType() throws Exception {
		JsonNode w = api.read(api.post(street, "/api/v1/whistles",
				"{\"type\":\"DAILY\",\"description\":\"台风前巡查\",\"summonedUnitCodes\":[\"SWJ\"]}")
			.andExpect(status().isCreated()));
		java.time.Duration limit = java.time.Duration.between(java.time.Instant.parse(w.get("blownAt").asString()),
				java.time.Instant.parse(w.get("reportDueAt").asString()));
		assertThat(limit).isEqualTo(java.time.Duration.ofHours(2));
		assertThat(w.get("workOrderId").isNull()).isTrue();
	}

	@Test
	void statisticsCountWhistlesReportsAndRatingsPerUnit() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.post(market, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"SCJGJ\",\"note\":\"到\"}", id)
			.andExpect(status().isOk());
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"ok\"}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"SCJGJ\",\"score\":3}", id)
			.andExpect(status().isOk());
		JsonNode stats = api.read(api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics"));
		JsonNode streetStats = find(stats, STREET);
		assertThat(streetStats.get("whistlesBlown").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(streetStats.get("orders").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(streetStats.get("whistleRate").asDouble()).isPositive();
		JsonNode marketStats = find(stats, "SCJGJ");
		assertThat(marketStats.get("reportedOnTime").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(marketStats.get("ratings").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(marketStats.get("averageRating").asDouble()).isBetween(1.0, 5.0);
	}

	/**
	 * A unit's {@code orders}, the whistle rate's denominator, are those it leads or co-handles, not those it was only
	 * summoned to (outside check, 2026-11-28: each summons counted as an order); a range that names no day is a 400.
	 */
	@Test
	void aSummonedUnitsOrdersAreThoseItLeadsOrCoHandlesNotItsSummons() throws Exception {
		long before = find(api.read(api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?unit=SCJGJ")),
				"SCJGJ").get("orders").asLong();
		blow(api.dispatchedOrder(operator, dispatcher)); // summons SCJGJ (and CSGLJ) to the street's order
		JsonNode after = find(api.read(api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?unit=SCJGJ")),
				"SCJGJ");
		assertThat(after.get("summoned").asLong()).isPositive();
		assertThat(after.get("orders").asLong()).isEqualTo(before);
		// the street leads it: its orders count it
		String led = api.dispatchedOrder(operator, dispatcher);
		assertThat(led).isNotBlank();
		JsonNode street = find(api.read(api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?unit=" + STREET)),
				STREET);
		assertThat(street.get("orders").asLong()).isGreaterThanOrEqualTo(2);
		api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?from=2026-11-29&to=2026-11-28")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?unit=NOPE").andExpect(status().isNotFound());
	}

	@Test
	void unitsThatHaveNotReportedAtTheLimitAreFlaggedMissingOnce() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.post(market, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"SCJGJ\",\"note\":\"到\"}", id)
			.andExpect(status().isOk());
		var breach = new DeadlineBreached("test-" + id, "WHISTLE", id, "REPORT", java.time.Instant.now(),
				java.time.Instant.now());
		transactions.executeWithoutResult(tx -> events.publishEvent(breach));
		transactions.executeWithoutResult(tx -> events.publishEvent(breach));
		Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
			JsonNode w = api.read(api.get(street, "/api/v1/whistles/{id}", id));
			assertThat(w.get("timeline").findValuesAsString("action")).containsOnlyOnce("REPORT_MISSING");
			assertThat(w.get("missing").get(0).asString()).isEqualTo("CSGLJ");
		});
	}

	private static JsonNode find(JsonNode array, String unit) {
		for (JsonNode n : array) {
			if (n.get("unitCode").asString().equals(unit)) {
				return n;
			}
		}
		throw new AssertionError("no statistics for " + unit + " in " + array);
	}
}
