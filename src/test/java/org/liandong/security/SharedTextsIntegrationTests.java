package org.liandong.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Texts about an order that are not its own record — whistles (descriptions, reports, close notes, ratings),
 * supervision reasons, urge notes, notifications — reach many units and roles, and every one of them reads them
 * without the order's citizen name and phone number (outside check, 2026-11-29: a whistle's description and an urge
 * note quoted a confidential order's citizen in full to the summoned units, the dispatchers, the leaders and the
 * lead unit). The stored texts keep them.
 */
@IntegrationTest
class SharedTextsIntegrationTests {

	private static final String NAME = "周秘密";

	private static final String PHONE = "13300001234";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	LinkageApi api;

	final RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	final RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);

	final RequestPostProcessor supervisor = TestActors.role(Role.SUPERVISOR);

	final RequestPostProcessor leader = TestActors.role(Role.LEADER);

	final RequestPostProcessor admin = TestActors.admin();

	final RequestPostProcessor street = TestActors.handler(LinkageApi.STREET);

	final RequestPostProcessor cityManagement = TestActors.handler("CSGLJ");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	private String dispatched(boolean confidential) throws Exception {
		String body = """
				{"channel":"HOTLINE","content":"小区门口井盖缺失，存在安全隐患。","confidential":%s,"citizenName":"%s",
				 "citizenPhone":"%s","address":"威海市环翠区竹岛街道","regionCode":"371002003000"}"""
			.formatted(confidential, NAME, PHONE);
		String id = api.read(api.post(operator, "/api/v1/work-orders", body).andExpect(status().isCreated()))
			.get("id")
			.asString();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}",
				id)
			.andExpect(status().isOk());
		return id;
	}

	private String text(RequestPostProcessor who, String path, Object... vars) throws Exception {
		return api.get(who, path, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static void assertNoCitizen(String what, String text) {
		assertThat(text).as(what).doesNotContain(NAME).doesNotContain(PHONE).doesNotContain("1330000");
	}

	private String blowReportCloseAndRate(String orderId) throws Exception {
		String blow = """
				{"type":"DAILY","workOrderId":"%s","description":"请协助处理，联系人%s %s",
				 "summonedUnitCodes":["CSGLJ"]}""".formatted(orderId, NAME, PHONE);
		String id = api.read(api.post(street, "/api/v1/whistles", blow).andExpect(status().isCreated()))
			.get("id")
			.asString();
		api.post(cityManagement, "/api/v1/whistles/{id}/report",
				"{\"unitCode\":\"CSGLJ\",\"note\":\"已到场，已与" + NAME + "（" + PHONE + "）见面\"}", id)
			.andExpect(status().isOk());
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置，回电" + PHONE + "\"}", id)
			.andExpect(status().isOk());
		String rated = api.post(street, "/api/v1/whistles/{id}/rate",
				"{\"unitCode\":\"CSGLJ\",\"score\":5,\"comment\":\"及时联系了" + NAME + "\"}", id)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoCitizen("the blower's own answer", rated);
		return id;
	}

	@Test
	void aWhistleOnAConfidentialOrderReachesEveryReaderWithoutTheCitizen() throws Exception {
		String order = dispatched(true);
		String id = blowReportCloseAndRate(order);

		for (RequestPostProcessor who : new RequestPostProcessor[] { cityManagement, street, dispatcher, leader,
				admin }) {
			String one = text(who, "/api/v1/whistles/{id}", id);
			assertThat(one).contains("请协助处理").contains("已到场").contains("已处置").contains("及时联系了");
			assertNoCitizen("GET /api/v1/whistles/{id}", one);
			assertNoCitizen("GET /api/v1/whistles", text(who, "/api/v1/whistles?workOrderId=" + order));
			assertNoCitizen("/whistles/{id}", text(who, "/whistles/" + id));
			assertNoCitizen("/whistles", text(who, "/whistles"));
		}
		assertThat(jdbc.sql("SELECT description FROM lk_whistle WHERE id = :id").param("id", id)
			.query(String.class)
			.single()).as("stored as written").contains(NAME).contains(PHONE);
	}

	@Test
	void aWhistleOnAnOrdinaryOrderShowsNoCitizensNumberToThoseWhoOverseeIt() throws Exception {
		String order = dispatched(false);
		String id = blowReportCloseAndRate(order);
		for (RequestPostProcessor who : new RequestPostProcessor[] { dispatcher, supervisor, leader, cityManagement,
				street }) {
			String one = text(who, "/api/v1/whistles/{id}", id);
			assertThat(one).contains("请协助处理");
			assertNoCitizen("GET /api/v1/whistles/{id}", one);
			assertNoCitizen("/whistles/{id}", text(who, "/whistles/" + id));
		}
	}

	@Test
	void aSupervisionReasonAndAnUrgeNoteReachTheLeadUnitWithoutTheCitizen() throws Exception {
		String order = dispatched(true);
		String supervised = api.post(supervisor, "/api/v1/work-orders/{id}/supervise",
				"{\"level\":\"KEY\",\"reason\":\"市民" + NAME + "(" + PHONE + ")多次来电\"}", order)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoCitizen("the supervisor's own answer", supervised);
		String supervision = api.read(api.get(supervisor, "/api/v1/supervisions?workOrderId=" + order))
			.get("content")
			.get(0)
			.get("id")
			.asString();
		String urged = api.post(supervisor, "/api/v1/work-orders/{id}/urge",
				"{\"note\":\"请尽快联系" + NAME + " " + PHONE + "\"}", order)
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertNoCitizen("the urger's own answer", urged);

		for (RequestPostProcessor who : new RequestPostProcessor[] { street, supervisor, dispatcher, leader }) {
			String one = text(who, "/api/v1/supervisions/{id}", supervision);
			assertThat(one).contains("多次来电");
			assertNoCitizen("GET /api/v1/supervisions/{id}", one);
			assertNoCitizen("GET /api/v1/supervisions", text(who, "/api/v1/supervisions?workOrderId=" + order));
		}
		for (RequestPostProcessor who : new RequestPostProcessor[] { street, supervisor }) {
			String page = text(who, "/supervision");
			assertNoCitizen("/supervision", page);
		}
		assertThat(text(supervisor, "/supervision")).contains("多次来电");

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> urgedNotification(order) != null);
		JsonNode notification = urgedNotification(order);
		assertThat(notification.get("text").asString()).contains("请尽快联系");
		assertNoCitizen("URGED notification", notification.toString());
		String inbox = text(street, "/notifications");
		assertThat(inbox).contains("请尽快联系");
		assertNoCitizen("/notifications", inbox);
		assertThat(jdbc.sql("SELECT note FROM sv_urge WHERE work_order_id = :id").param("id", order)
			.query(String.class)
			.single()).as("stored as written").contains(NAME).contains(PHONE);
	}

	private JsonNode urgedNotification(String orderId) throws Exception {
		for (JsonNode n : api.read(api.get(street, "/api/v1/notifications?size=1000")).get("content")) {
			if (n.get("kind").asString().equals("URGED") && orderId.equals(n.get("workOrderId").asString())) {
				return n;
			}
		}
		return null;
	}
}
