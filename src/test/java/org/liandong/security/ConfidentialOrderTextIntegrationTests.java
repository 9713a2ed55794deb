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
 * An order's text keeps its citizen's name and numbers from those who read the citizen masked, and from every list
 * (the privacy rule: masked in lists, shown only to roles that need them): a confidential order hides its citizen
 * from the units (CONTRACT §4 {@code confidential}) also where the citizen wrote their own name and number into the
 * text: the handler's read of the order, its list, its pages and its new-order notification show the title and
 * content without them (outside audit D F7); an ordinary order's text reaches dispatchers, supervisors, leaders and
 * other units the same way, and every list. Those who see the citizen (administrators, operators, an ordinary
 * order's lead unit) read one order's text as taken in, and the stored order keeps it.
 */
@IntegrationTest
class ConfidentialOrderTextIntegrationTests {

	private static final String NAME = "赵四海";

	private static final String PHONE = "13900001111";

	/** A title derived from this content is cut inside the phone number: 1390000111… */
	private static final String CONTENT = "保密诉求：小区垃圾无人清运，赵四海 电话13900001111。身份证370602-19900101-1234";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	LinkageApi api;

	final RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	final RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);

	final RequestPostProcessor street = TestActors.handler(LinkageApi.STREET);

	final RequestPostProcessor leader = TestActors.role(Role.LEADER);

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	private String dispatched(boolean confidential) throws Exception {
		String body = """
				{"channel":"HOTLINE","content":"%s","confidential":%s,"citizenName":"%s","citizenPhone":"%s",
				 "address":"威海市环翠区竹岛街道","regionCode":"371002003000"}""".formatted(CONTENT, confidential, NAME,
				PHONE);
		String id = api.read(api.post(operator, "/api/v1/work-orders", body).andExpect(status().isCreated()))
			.get("id")
			.asString();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}",
				id)
			.andExpect(status().isOk());
		return id;
	}

	private String number(String id) throws Exception {
		return api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id)).get("number").asString();
	}

	private JsonNode inList(RequestPostProcessor who, String id) throws Exception {
		JsonNode page = api.read(api.get(who, "/api/v1/work-orders?q=" + number(id)));
		for (JsonNode o : page.get("content")) {
			if (o.get("id").asString().equals(id)) {
				return o;
			}
		}
		throw new AssertionError("order " + id + " not in the list");
	}

	private JsonNode newOrderNotification(String id) throws Exception {
		JsonNode page = api.read(api.get(street, "/api/v1/notifications?size=1000"));
		for (JsonNode n : page.get("content")) {
			if (n.get("kind").asString().equals("NEW_ORDER") && id.equals(n.get("workOrderId").asString())) {
				return n;
			}
		}
		return null;
	}

	private static void assertNoCitizen(String text) {
		assertThat(text).contains("保密诉求").doesNotContain(NAME).doesNotContain("1390000111")
			.doesNotContain("370602");
	}

	@Test
	void theUnitReadsAConfidentialOrdersTextWithoutTheCitizensNameAndNumbers() throws Exception {
		String id = dispatched(true);

		JsonNode order = api.read(api.get(street, "/api/v1/work-orders/{id}", id));
		assertNoCitizen(order.get("content").asString());
		assertNoCitizen(order.get("title").asString());
		assertThat(order.get("content").asString()).isEqualTo(
				"保密诉求：小区垃圾无人清运，** 电话[电话已隐去]。身份证[身份证号已隐去]");
		assertThat(order.get("title").asString()).isEqualTo("保密诉求：小区垃圾无人清运，** 电话[电话已隐去]");
		assertThat(order.get("citizenName").asString()).isEqualTo("***");
		JsonNode listed = inList(street, id);
		assertNoCitizen(listed.get("content").asString());
		assertNoCitizen(listed.get("title").asString());
		for (String page : new String[] { "/work-orders/" + id, "/work-orders?q=" + number(id),
				"/workbench/unit?q=" + number(id) }) {
			String html = api.get(street, page).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(html).as(page).contains("保密诉求").doesNotContain(NAME).doesNotContain("1390000111");
		}

		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> newOrderNotification(id) != null);
		JsonNode notification = newOrderNotification(id);
		assertNoCitizen(notification.get("text").asString());
		assertThat(notification.get("text").asString()).contains("** 电话[电话已隐去]");

		// the operator reads the one order as taken in, and so is it stored; the dispatcher reads the citizen masked,
		// and the text without them; every list shows it so
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("content").asString())
			.isEqualTo(CONTENT);
		assertNoCitizen(api.read(api.get(dispatcher, "/api/v1/work-orders/{id}", id)).get("content").asString());
		assertNoCitizen(inList(dispatcher, id).get("content").asString());
		assertNoCitizen(inList(operator, id).get("title").asString());
		assertThat(jdbc.sql("SELECT content FROM wo_order WHERE id = :id").param("id", id).query(String.class).single())
			.isEqualTo(CONTENT);
	}

	@Test
	void similarRequestsShowTheUnitAConfidentialOrdersTitleWithoutTheCitizen() throws Exception {
		String first = dispatched(true);
		String second = dispatched(true);
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> similarTitle(first, second) != null);
		assertNoCitizen(similarTitle(first, second));
		// a list: the dispatcher reads it so too
		JsonNode all = api.read(api.get(dispatcher, "/api/v1/work-orders/{id}/similar?size=50", first));
		assertThat(all.findValuesAsString("id")).contains(second);
		for (JsonNode s : all) {
			if (s.get("id").asString().equals(second)) {
				assertNoCitizen(s.get("title").asString());
			}
		}
	}

	@Test
	void theNotesAndTheResultOfAConfidentialOrderReachTheUnitWithoutTheCitizen() throws Exception {
		String id = dispatched(true);
		api.post(dispatcher, "/api/v1/work-orders/{id}/reassign", "{\"leadUnitCode\":\"" + LinkageApi.STREET
				+ "\",\"note\":\"市民" + NAME + "要求上门，电话" + PHONE + "\"}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已联系市民" + NAME + "（" + PHONE + "）处理完毕\"}",
				id).andExpect(status().isOk());
		String unitTimeline = api.get(street, "/api/v1/work-orders/{id}/timeline", id).andReturn().getResponse()
			.getContentAsString();
		assertThat(unitTimeline).contains("要求上门").doesNotContain(NAME).doesNotContain(PHONE);
		JsonNode unitOrder = api.read(api.get(street, "/api/v1/work-orders/{id}", id));
		assertThat(unitOrder.get("result").asString()).contains("处理完毕").doesNotContain(NAME).doesNotContain(PHONE);
		String page = api.get(street, "/work-orders/" + id).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("要求上门").doesNotContain(NAME).doesNotContain(PHONE);
		String operatorTimeline = api.get(operator, "/api/v1/work-orders/{id}/timeline", id).andReturn()
			.getResponse().getContentAsString();
		assertThat(operatorTimeline).contains(NAME).contains(PHONE);
	}

	@Test
	void theUnitCannotFindAConfidentialOrderByTheCitizensNameOrNumber() throws Exception {
		String id = dispatched(true);
		for (String q : new String[] { NAME, PHONE }) {
			JsonNode page = api.read(api.get(street, "/api/v1/work-orders?size=1000&q=" + q));
			for (JsonNode o : page.get("content")) {
				assertThat(o.get("id").asString()).as(q).isNotEqualTo(id);
			}
		}
		assertThat(inList(street, id).get("id").asString()).as("found by its number").isEqualTo(id);
		JsonNode byDispatcher = api.read(api.get(dispatcher, "/api/v1/work-orders?size=1000&q=" + NAME));
		assertThat(byDispatcher.get("content").findValuesAsString("id")).contains(id);
	}

	/** The title of {@code other} among the similar requests of {@code id} as the lead unit's handler reads them. */
	private String similarTitle(String id, String other) throws Exception {
		for (JsonNode s : api.read(api.get(street, "/api/v1/work-orders/{id}/similar?size=50", id))) {
			if (s.get("id").asString().equals(other)) {
				return s.get("title").asString();
			}
		}
		return null;
	}

	@Test
	void theLeadUnitReadsAnOrdinaryOrdersTextAsTakenIn() throws Exception {
		String id = dispatched(false);
		assertThat(api.read(api.get(street, "/api/v1/work-orders/{id}", id)).get("content").asString())
			.isEqualTo(CONTENT);
		assertNoCitizen(inList(street, id).get("content").asString());
		// a notification's text reaches many and is not the order's read: it quotes the title without the citizen
		// (docs/security.md), for the lead unit too
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> newOrderNotification(id) != null);
		assertNoCitizen(newOrderNotification(id).get("text").asString());
	}

	/**
	 * An ordinary order whose caller's name and number were typed into its text, and into a unit's notes: a
	 * dispatcher, a leader and a unit that is not the lead read the order, its timeline and its page without them,
	 * as they read its citizen fields masked; so does every list, the operator's too (outside check, 2026-11-28).
	 */
	@Test
	void anOrdinaryOrdersTextReachesThoseWhoReadTheCitizenMaskedWithoutThem() throws Exception {
		String id = dispatched(false);
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/contact",
				"{\"way\":\"PHONE\",\"outcome\":\"已联系市民" + NAME + "，电话" + PHONE + "\"}", id)
			.andExpect(status().isOk());
		for (RequestPostProcessor who : new RequestPostProcessor[] { dispatcher, leader }) {
			JsonNode order = api.read(api.get(who, "/api/v1/work-orders/{id}", id));
			assertThat(order.get("citizenPhone").asString()).doesNotContain(PHONE);
			assertNoCitizen(order.get("content").asString());
			assertNoCitizen(order.get("title").asString());
			String timeline = api.get(who, "/api/v1/work-orders/{id}/timeline", id).andReturn().getResponse()
				.getContentAsString();
			assertThat(timeline).contains("已联系市民").doesNotContain(NAME).doesNotContain(PHONE);
			String page = api.get(who, "/work-orders/" + id).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsString();
			assertThat(page).contains("保密诉求").doesNotContain(NAME).doesNotContain(PHONE);
			String list = api.get(who, "/work-orders?q=" + number(id)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			assertThat(list).contains("保密诉求").doesNotContain(NAME).doesNotContain("1390000111");
		}
		assertNoCitizen(inList(operator, id).get("content").asString());
		// those who see the citizen read the one order as taken in
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("content").asString())
			.isEqualTo(CONTENT);
		assertThat(api.get(street, "/api/v1/work-orders/{id}/timeline", id).andReturn().getResponse()
			.getContentAsString()).contains(PHONE);
	}
}
