package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.RecordingSmsSender;
import org.liandong.support.TestActors;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One text message per event, whatever the channel: a portal citizen gets one receipt (number, query code, link),
 * one revisit message (with the link to answer online) and one result; a caller by phone one receipt.
 */
@IntegrationTest
class CitizenSmsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordingSmsSender sms;

	/**
	 * Waits until every listener of the order's events has run (completed publications are deleted) and every
	 * message recorded for the order has been handed to the sender (marked sent).
	 */
	void settled(String orderId) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :id")
			.param("id", "%" + orderId + "%")
			.query(Long.class)
			.single() == 0
				&& jdbc.sql("SELECT COUNT(*) FROM nt_delivery WHERE order_id = :id AND sent_at IS NULL")
					.param("id", orderId)
					.query(Long.class)
					.single() == 0);
	}

	@Test
	void aPortalCitizenGetsExactlyOneMessagePerEventWithNumberQueryCodeAndLink() throws Exception {
		String phone = "13700001111";
		var session = new org.springframework.mock.web.MockHttpSession();
		mvc.perform(multipart("/portal/requests").with(csrf()).session(session).with(r -> {
			r.setRemoteAddr("10.3.0.1");
			return r;
		}).param("content", "环翠区文化路人行道地砖松动，容易绊倒行人。").param("address", "文化路 12 号").param("citizenPhone", phone))
			.andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/portal/requests").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher n = Pattern.compile("id=\"number\">(WH\\d+)<").matcher(page);
		Matcher c = Pattern.compile("id=\"query-code\">(\\d{6})<").matcher(page);
		assertThat(n.find() && c.find()).isTrue();
		String number = n.group(1);
		String id = orders.find(number).orElseThrow().id();
		settled(id);
		List<String> received = sms.to(phone);
		assertThat(received).hasSize(1);
		assertThat(received.get(0)).contains(number, c.group(1), "/portal/track?number=" + number);

		var admin = PortalIntegrationTests.ADMIN;
		orders.act(admin, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(admin, id, "sign", Map.of());
		orders.act(admin, id, "reply", Map.of("result", "已重新铺设地砖"));
		settled(id);
		assertThat(sms.to(phone)).hasSize(2);
		// the revisit link of every order (signed, for this round): no query code needed, none in the text
		assertThat(sms.to(phone).get(1)).contains(number, "/portal/revisit/", "在线评价").doesNotContain(c.group(1));

		mvc.perform(post("/portal/revisit").with(csrf())
			.param("number", number)
			.param("code", c.group(1))
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED")).andExpect(status().is3xxRedirection());
		settled(id);
		assertThat(sms.to(phone)).hasSize(3);
		assertThat(sms.to(phone).get(2)).contains(number, "已办结", "已重新铺设地砖");
	}

	/** A hotline caller's revisit text carries the link too (outside check, 2026-11-29: it read 请留意来电 only). */
	@Test
	void aCallerByPhoneGetsTheRevisitLinkAsAPortalCitizenDoes() throws Exception {
		String phone = "13700002223";
		var order = orders.receive(new org.liandong.workorder.NewWorkOrder(org.liandong.workorder.Channel.HOTLINE,
				"文化路路灯不亮", null, null, null, phone, "文化路 3 号", null, null, null, "371002003006", null, null, null,
				false, List.of()), "operator1", "OPERATOR");
		var admin = PortalIntegrationTests.ADMIN;
		orders.act(admin, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(admin, order.id(), "sign", Map.of());
		orders.act(admin, order.id(), "reply", Map.of("result", "已修复路灯。"));
		settled(order.id());
		assertThat(sms.to(phone)).hasSize(2);
		assertThat(sms.to(phone).get(1)).contains(order.number(), "在线评价", "http://localhost:8080/portal/revisit/");
	}

	@Test
	void aCallerByPhoneGetsOneReceiptWithoutAQueryCode() throws Exception {
		String phone = "13700002222";
		String body = mvc.perform(post("/api/v1/work-orders").with(TestActors.role(Role.OPERATOR))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"channel\":\"HOTLINE\",\"content\":\"咨询公积金提取\",\"citizenPhone\":\"" + phone + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		settled(id);
		assertThat(sms.to(phone)).hasSize(1);
		assertThat(sms.to(phone).get(0)).contains("已受理").doesNotContain("查询码");
	}
}
