package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.shared.Zones;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.TestItems;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * An order closed with a reason (诉求不合理) before the citizen gave any answer counts in the rates as a revisit not
 * resolved and dissatisfied, in every grouping the read model keeps (DESIGN §3), so closing cannot keep an outcome out
 * of a unit's rates; an order closed as unreachable stays out (CONTRACT §4). A unit, a community and an item no other
 * test uses.
 */
@IntegrationTest
class ClosedWithoutAnswerIntegrationTests {

	static final String UNIT = "GZW";
	static final String COMMUNITY = "371002003019"; // 观海居委会, 竹岛街道, 环翠区
	static final String STREET = "371002003000";
	static final String DISTRICT = "371002000000";

	@Autowired
	MockMvc mvc;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);
	RequestPostProcessor leader = TestActors.role(Role.LEADER);
	RequestPostProcessor handler = TestActors.handler(UNIT);

	String replied(Api api, String item) throws Exception {
		String id = api.create(operator, COMMUNITY, item);
		api.act(dispatcher, id, "dispatch", "{\"leadUnitCode\":\"" + UNIT + "\"}");
		api.act(handler, id, "sign", "{}");
		api.act(handler, id, "reply", "{\"result\":\"已派人维修，路灯恢复照明。\"}");
		return id;
	}

	@Test
	void aCloseWithoutAnAnswerCountsAsADissatisfiedRevisitInEveryGrouping() throws Exception {
		Api api = new Api(mvc);
		String item = TestItems.create(mvc, "EV-CLOSE-NA", false, "P5D", "NATURAL");
		// satisfied: the unit's one good outcome
		String good = replied(api, item);
		api.act(operator, good, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}");
		// closed as unreachable: out of resolution and satisfaction
		String unreachable = replied(api, item);
		for (int i = 0; i < 3; i++) {
			api.act(operator, unreachable, "revisit", "{\"reached\":false}");
		}
		// closed by a supervisor with a reason, the citizen never asked
		String closed = replied(api, item);
		assertThat(api.act(supervisor, closed, "close", "{\"reason\":\"诉求不合理\"}").get("status").asString())
			.isEqualTo("CLOSED");

		LocalDate today = Zones.cityDate(java.time.Instant.now());
		String range = "from=" + today.minusDays(1) + "&to=" + today.plusDays(2);
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
			JsonNode row = api.get(leader, "/api/v1/evaluation/units?" + range + "&unit=" + UNIT).get("content").get(0);
			assertThat(row.get("dispatched").asLong()).isEqualTo(3);
			assertThat(row.get("replied").asLong()).isEqualTo(3);
			assertCloseCounted(row);
		});
		for (String by : List.of("UNIT", "DISTRICT", "STREET", "ITEM", "DAY", "MONTH")) {
			JsonNode rows = api.get(leader, "/api/v1/evaluation/rates?by=" + by + "&" + range + "&region=" + COMMUNITY)
				.get("content");
			assertThat(rows).as(by).hasSize(1);
			assertCloseCounted(rows.get(0));
		}
		JsonNode street = api.get(leader, "/api/v1/evaluation/rates?by=STREET&" + range + "&region=" + COMMUNITY)
			.get("content").get(0);
		assertThat(street.get("key").asString()).isEqualTo(STREET);
		JsonNode district = api.get(leader, "/api/v1/evaluation/rates?by=DISTRICT&" + range + "&region=" + COMMUNITY)
			.get("content").get(0);
		assertThat(district.get("key").asString()).isEqualTo(DISTRICT);
		JsonNode byItem = api.get(leader, "/api/v1/evaluation/rates?by=ITEM&" + range + "&region=" + COMMUNITY)
			.get("content").get(0);
		assertThat(byItem.get("key").asString()).isEqualTo(item);
	}

	/** Two revisits (the satisfied one and the close), one resolved, satisfaction 1 + 0: both rates 50 %. */
	static void assertCloseCounted(JsonNode row) {
		assertThat(row.get("revisits").asLong()).as("revisits").isEqualTo(2);
		assertThat(row.get("resolved").asLong()).as("resolved").isEqualTo(1);
		assertThat(row.get("satisfactionWeighted").asDouble()).as("satisfactionWeighted").isEqualTo(1.0);
		assertThat(row.get("rates").get("resolution").asDouble()).isEqualTo(0.5);
		assertThat(row.get("rates").get("satisfaction").asDouble()).isEqualTo(0.5);
	}
}
