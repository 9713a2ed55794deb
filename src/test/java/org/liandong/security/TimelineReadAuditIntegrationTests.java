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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * Every read of unmasked personal data is recorded (docs/security.md): the timeline read by those who read an order's
 * text in full shows a note with the caller's name and number as written, and is audited as the order's own read is
 * (outside check, 2026-11-29: it was not); those who read it redacted are not audited. The lead unit's new-order
 * notification quotes the title without them, as every notification's text (it was quoted in full, unaudited).
 */
@IntegrationTest
class TimelineReadAuditIntegrationTests {

	private static final String NAME = "李大伟";

	private static final String PHONE = "13812345678";

	@Autowired
	MockMvc mvc;

	LinkageApi api;

	final RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	final RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);

	final RequestPostProcessor leader = TestActors.role(Role.LEADER);

	final RequestPostProcessor admin = TestActors.admin();

	final RequestPostProcessor street = TestActors.handler(LinkageApi.STREET);

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	/** An ordinary order whose content begins with the caller's number and name, dispatched with a note naming them. */
	private String dispatched() throws Exception {
		String body = """
				{"channel":"HOTLINE","content":"%s %s反映路灯不亮，夜间出行不便，请尽快维修。","citizenName":"%s",
				 "citizenPhone":"%s","address":"威海市环翠区竹岛街道","regionCode":"371002003000"}"""
			.formatted(PHONE, NAME, NAME, PHONE);
		String id = api.read(api.post(operator, "/api/v1/work-orders", body).andExpect(status().isCreated()))
			.get("id")
			.asString();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET
				+ "\",\"note\":\"请联系" + PHONE + " " + NAME + "\"}", id)
			.andExpect(status().isOk());
		return id;
	}

	private long timelineReads(String orderId) throws Exception {
		JsonNode page = api.read(api.get(admin, "/api/v1/audit/personal-data?size=1000&subject=" + orderId));
		long reads = 0;
		for (JsonNode entry : page.get("content")) {
			if (entry.get("fields").asString().equals("timeline")) {
				reads++;
			}
		}
		return reads;
	}

	private String text(RequestPostProcessor who, String path, Object... vars) throws Exception {
		return api.get(who, path, vars).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	@Test
	void aTimelineShownInFullIsAuditedForOperatorsAdministratorsAndTheLeadUnit() throws Exception {
		String id = dispatched();
		for (RequestPostProcessor who : new RequestPostProcessor[] { operator, admin, street }) {
			long before = timelineReads(id);
			assertThat(text(who, "/api/v1/work-orders/{id}/timeline", id)).contains("请联系" + PHONE + " " + NAME);
			assertThat(timelineReads(id)).as("the API's timeline").isEqualTo(before + 1);
			assertThat(text(who, "/work-orders/" + id)).contains("请联系" + PHONE);
			assertThat(timelineReads(id)).as("the order page's timeline").isEqualTo(before + 2);
		}
	}

	@Test
	void aTimelineShownRedactedIsNotAudited() throws Exception {
		String id = dispatched();
		for (RequestPostProcessor who : new RequestPostProcessor[] { dispatcher, leader }) {
			long before = timelineReads(id);
			String timeline = text(who, "/api/v1/work-orders/{id}/timeline", id);
			assertThat(timeline).contains("请联系").doesNotContain(PHONE).doesNotContain(NAME);
			assertThat(text(who, "/work-orders/" + id)).contains("请联系").doesNotContain(PHONE);
			assertThat(timelineReads(id)).isEqualTo(before);
		}
	}

	@Test
	void aTimelineWithNothingToRedactIsNotAudited() throws Exception {
		String body = """
				{"channel":"HOTLINE","content":"路灯不亮，夜间出行不便。","citizenName":"%s","citizenPhone":"%s",
				 "address":"威海市环翠区竹岛街道","regionCode":"371002003000"}""".formatted(NAME, PHONE);
		String id = api.read(api.post(operator, "/api/v1/work-orders", body).andExpect(status().isCreated()))
			.get("id")
			.asString();
		text(operator, "/api/v1/work-orders/{id}/timeline", id);
		assertThat(timelineReads(id)).isZero();
	}

	@Test
	void theLeadUnitsNewOrderNotificationQuotesTheTitleWithoutTheCitizen() throws Exception {
		String id = dispatched();
		Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> newOrderNotification(id) != null);
		JsonNode notification = newOrderNotification(id);
		assertThat(notification.get("text").asString()).contains("反映路灯不亮");
		assertThat(notification.toString()).doesNotContain(NAME).doesNotContain("1381234");
		String inbox = text(street, "/notifications");
		assertThat(inbox).contains("反映路灯不亮").doesNotContain(NAME).doesNotContain("1381234");
	}

	private JsonNode newOrderNotification(String id) throws Exception {
		for (JsonNode n : api.read(api.get(street, "/api/v1/notifications?size=1000")).get("content")) {
			if (n.get("kind").asString().equals("NEW_ORDER") && id.equals(n.get("workOrderId").asString())) {
				return n;
			}
		}
		return null;
	}
}
