package org.liandong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * The whistle API's refusals in the contract's order (CONTRACT §1: 404, then 403, then 400, then 409), its limits,
 * and its statistics for units without ratings.
 */
@IntegrationTest
class WhistleRefusalsIntegrationTests {

	static final String STREET = LinkageApi.STREET;

	@Autowired
	MockMvc mvc;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor street = TestActors.handler(STREET);
	RequestPostProcessor district = TestActors.handler("DI-371002");
	RequestPostProcessor cityManagement = TestActors.handler("CSGLJ");
	RequestPostProcessor police = TestActors.handler("GAJ");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String blow(String orderId) throws Exception {
		String body = """
				{"type":"DAILY","workOrderId":"%s","description":"联合处置","summonedUnitCodes":["CSGLJ","SCJGJ"]}"""
			.formatted(orderId);
		return api.read(api.post(street, "/api/v1/whistles", body).andExpect(status().isCreated())).get("id").asString();
	}

	@Test
	void aCallerWhoCannotSeeTheWhistleGets404WhateverTheBody() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		for (String body : new String[] { "{\"unitCode\":\"CSGLJ\",\"score\":9}", "{", "{}", "[1]" }) {
			api.post(police, "/api/v1/whistles/{id}/rate", body, id).andExpect(status().isNotFound());
			api.post(police, "/api/v1/whistles/{id}/close", body, id).andExpect(status().isNotFound());
			api.post(police, "/api/v1/whistles/{id}/report", body, id).andExpect(status().isNotFound());
		}
	}

	@Test
	void aCallerWhoSeesTheWhistleButMayNotActGets403WhateverTheBody() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		for (String body : new String[] { "{\"unitCode\":\"SCJGJ\",\"score\":9}", "{", "{}" }) {
			api.post(cityManagement, "/api/v1/whistles/{id}/rate", body, id).andExpect(status().isForbidden());
			api.post(cityManagement, "/api/v1/whistles/{id}/close", body, id).andExpect(status().isForbidden());
			api.post(dispatcher, "/api/v1/whistles/{id}/report", body, id).andExpect(status().isForbidden());
			api.post(operator, "/api/v1/whistles", body).andExpect(status().isForbidden());
		}
	}

	@Test
	void aUnitThatSeesTheWhistleButWasNotSummonedMayNotReport() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.post(street, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"" + STREET + "\",\"note\":\"到\"}", id)
			.andExpect(status().isForbidden());
		api.get(district, "/api/v1/whistles/{id}", id).andExpect(status().isOk());
		api.post(district, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"DI-371002\",\"note\":\"到\"}", id)
			.andExpect(status().isForbidden());
		api.post(district, "/api/v1/whistles/{id}/report", "{", id).andExpect(status().isForbidden());
	}

	/**
	 * A refused blow names each field at fault at once, the summoned units too, not only once the others are right
	 * (outside check, 2026-11-28: an unknown unit was named only after the description was given).
	 */
	@Test
	void aRefusedBlowNamesEveryFieldAtFaultTheSummonedUnitsToo() throws Exception {
		api.post(street, "/api/v1/whistles",
				"{\"type\":\"DAILY\",\"description\":\"\",\"summonedUnitCodes\":[\"NOPE\",\"" + STREET + "\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("description",
					"summonedUnitCodes[0]", "summonedUnitCodes[1]")));
		// a blank unit is named by its place in the list, as the body writes it
		api.post(street, "/api/v1/whistles", "{\"type\":\"DAILY\",\"description\":\"x\",\"summonedUnitCodes\":[\" \"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("summonedUnitCodes[0]"));
	}

	@Test
	void onlyThenAMalformedOrInvalidBodyGets400() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.post(street, "/api/v1/whistles/{id}/close", "{", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"  \"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"))
			.andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
		api.post(cityManagement, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\"}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("note"));
		api.post(street, "/api/v1/whistles", "{").andExpect(status().isBadRequest());
		api.post(street, "/api/v1/whistles", "{}").andExpect(status().isBadRequest());
		// the field at fault is named: a longitude out of range is lon's
		api.post(cityManagement, "/api/v1/whistles/{id}/report",
				"{\"unitCode\":\"CSGLJ\",\"note\":\"到\",\"lat\":37,\"lon\":200}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("lon"));
	}

	@Test
	void aHandlerBlowsForTheirOwnUnitAndAnAdministratorForAUnitThatExists() throws Exception {
		String body = """
				{"type":"DAILY","description":"联合处置","summonedUnitCodes":["SCJGJ"],"unitCode":"%s"}""";
		api.post(cityManagement, "/api/v1/whistles", body.formatted(STREET)).andExpect(status().isForbidden());
		api.post(street, "/api/v1/whistles", body.formatted(STREET)).andExpect(status().isCreated());
		api.post(TestActors.admin(), "/api/v1/whistles", body.formatted("NOPE"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitCode"))
			.andExpect(jsonPath("$.errors[0].message").value("Unknown unit NOPE"));
	}

	@Test
	void aWhistleOnAnOrderTheCallerCannotSeeIs404BeforeItsBodyIsChecked() throws Exception {
		String order = api.dispatchedOrder(operator, dispatcher);
		api.post(police, "/api/v1/whistles", """
				{"type":"DAILY","workOrderId":"%s","description":"","summonedUnitCodes":[]}""".formatted(order))
			.andExpect(status().isNotFound());
	}

	@Test
	void aScoreThatIsNotAWholeNumberIsRefusedNotCut() throws Exception {
		String id = blow(api.dispatchedOrder(operator, dispatcher));
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":3.5}", id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("score"));
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":3}", id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.ratings[0].score").value(3));
	}

	@Test
	void aDescriptionOfTheDocumentedLengthIsTakenAndTheTimelinesCarryItShortened() throws Exception {
		String order = api.dispatchedOrder(operator, dispatcher);
		String description = "长".repeat(4000);
		JsonNode w = api.read(api.post(street, "/api/v1/whistles", """
				{"type":"KEY_TASK","workOrderId":"%s","description":"%s","summonedUnitCodes":["CSGLJ","SCJGJ"]}"""
			.formatted(order, description)).andExpect(status().isCreated()));
		assertThat(w.get("description").asString()).isEqualTo(description);
		String blown = w.get("timeline").get(0).get("note").asString();
		assertThat(blown).hasSize(4000).startsWith("KEY_TASK → CSGLJ, SCJGJ: 长").endsWith("…");
		JsonNode timeline = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}/timeline", order));
		for (JsonNode entry : timeline) {
			if (entry.get("action").asString().equals("WHISTLE")) {
				assertThat(entry.get("note").asString()).isEqualTo(blown);
			}
		}
		assertThat(timeline.findValuesAsString("action")).contains("WHISTLE");
	}

	@Test
	void aWhistleOnAMergedOrderIsAConflictLikeOnAnyMatterNoLongerOpen() throws Exception {
		String master = api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
		String duplicate = api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
		api.post(operator, "/api/v1/work-orders/{id}/merge", "{\"masterId\":\"" + master + "\"}", duplicate)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"));
		api.post(TestActors.admin(), "/api/v1/whistles", """
				{"type":"DAILY","unitCode":"%s","workOrderId":"%s","description":"x","summonedUnitCodes":["UT-POWER"]}"""
			.formatted(STREET, duplicate)).andExpect(status().isConflict());
		api.get(dispatcher, "/api/v1/whistles?workOrderId={id}", duplicate)
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void aUnitWithoutRatingsHasNoAverageRatingRatherThanZero() throws Exception {
		api.post(street, "/api/v1/whistles",
				"{\"type\":\"DAILY\",\"description\":\"有线电视线路巡查\",\"summonedUnitCodes\":[\"UT-CATV\"]}")
			.andExpect(status().isCreated());
		JsonNode stats = api.read(api.get(TestActors.role(Role.LEADER), "/api/v1/whistles/statistics?unit=UT-CATV"));
		assertThat(stats.get(0).get("summoned").asLong()).isPositive();
		assertThat(stats.get(0).get("ratings").asLong()).isZero();
		assertThat(stats.get(0).get("averageRating").isNull()).as(stats.toString()).isTrue();
	}
}
