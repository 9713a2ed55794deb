package org.liandong.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.evaluation.ReplyQualityFlagged;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Outbox;
import org.liandong.support.TestActors;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reply scored low is flagged to the supervisors whose scope covers the order, before the revisit (outside check,
 * 2026-11-29: the flag reached the timeline and the list, and nobody's inbox); once per flag.
 */
@IntegrationTest
class ReplyQualityNotificationIntegrationTests {

	static final Actor ADMIN = new Actor("u-admin", "admin", "admin", Role.ADMIN, null, TestActors.CITY, Set.of());

	static final String UNIT = "JRJ";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	static RequestPostProcessor user(String username, Role role, String region) {
		return TestActors.as(new Actor("u-" + username, username, username, role, null, region, Set.of()));
	}

	/** A supervisor of the region, created through the users API. */
	String supervisorOf(String region) throws Exception {
		String username = "sv-" + UUID.randomUUID().toString().substring(0, 8);
		mvc.perform(post("/api/v1/users").with(TestActors.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"displayName\":\"督办\",\"role\":\"SUPERVISOR\","
					+ "\"regionCode\":\"" + region + "\",\"password\":\"secret-123\"}"))
			.andExpect(status().isCreated());
		return username;
	}

	List<JsonNode> notifications(RequestPostProcessor who, String orderId, String lang) throws Exception {
		String body = mvc.perform(get("/api/v1/notifications").param("size", "1000").param("lang", lang).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body)
			.get("content")
			.valueStream()
			.filter(n -> "REPLY_QUALITY_LOW".equals(n.get("kind").asString())
					&& orderId.equals(n.get("workOrderId").asString()))
			.toList();
	}

	@Test
	void aLowScoreIsSentToTheSupervisorsOfTheOrdersScopeOncePerFlag() throws Exception {
		String huancui = supervisorOf("371002000000");
		String wendeng = supervisorOf("371003000000");
		var order = orders.receive(new org.liandong.workorder.NewWorkOrder(org.liandong.workorder.Channel.HOTLINE,
				"海滨北路路灯不亮，我是张伟，电话13812340001", null, null, "张伟", "13812340001", "海滨北路", null, null,
				null, "371002003006", null, null, null, false, List.of()), "operator1", "OPERATOR");
		String id = order.id();
		orders.act(ADMIN, id, "dispatch", Map.of("leadUnitCode", UNIT));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.act(ADMIN, id, "reply", Map.of("result", "收到"));
		String orderId = id;
		RequestPostProcessor supervisor1 = user("supervisor1", Role.SUPERVISOR, TestActors.CITY);
		Awaitility.await()
			.atMost(Duration.ofSeconds(20))
			.until(() -> !notifications(supervisor1, orderId, "zh-CN").isEmpty());
		Outbox.awaitDelivered(jdbc, orderId);

		JsonNode n = notifications(supervisor1, orderId, "zh-CN").get(0);
		assertThat(n.get("title").asString()).isEqualTo("答复质量低 " + order.number());
		assertThat(n.get("text").asString()).contains(order.number(), "答复质量评分", "答复过短", "回访前")
			.doesNotContain("张伟", "13812340001", "收到", "TOO_SHORT");
		assertThat(n.get("link").asString()).isEqualTo("/work-orders/" + orderId);
		assertThat(notifications(supervisor1, orderId, "en").get(0).get("text").asString())
			.contains("scored", "Reply too short");
		assertThat(notifications(user(huancui, Role.SUPERVISOR, "371002000000"), orderId, "zh-CN")).hasSize(1);
		assertThat(notifications(user(wendeng, Role.SUPERVISOR, "371003000000"), orderId, "zh-CN")).isEmpty();
		assertThat(notifications(TestActors.handler(UNIT), orderId, "zh-CN")).isEmpty();

		// the outbox delivers the same flag again: nobody is told twice
		String key = jdbc.sql("SELECT event_key FROM nt_notification WHERE kind = 'REPLY_QUALITY_LOW' AND order_id = :id")
			.param("id", orderId)
			.query(String.class)
			.list()
			.get(0);
		Instant at = Instant.ofEpochMilli(Long.parseLong(key.substring(key.lastIndexOf(':') + 1)));
		transaction.executeWithoutResult(
				tx -> events.publishEvent(new ReplyQualityFlagged(orderId, UNIT, 20, List.of("TOO_SHORT"), at)));
		Outbox.awaitDelivered(jdbc, orderId);
		assertThat(notifications(supervisor1, orderId, "zh-CN")).hasSize(1);
		assertThat(notifications(user(huancui, Role.SUPERVISOR, "371002000000"), orderId, "zh-CN")).hasSize(1);
	}
}
