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
