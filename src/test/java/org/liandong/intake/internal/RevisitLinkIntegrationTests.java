package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.Outbox;
import org.liandong.support.RecordingSmsSender;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.NewWorkOrder;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/**
 * Every order with a citizen phone that reaches revisit gets a text with a link for answering that revisit online,
 * whatever its channel (outside check, 2026-11-29: a hotline order's text had no link). The link opens a page
 * without personal data that answers once per round, through the same action as the portal's revisit.
 */
@IntegrationTest
class RevisitLinkIntegrationTests {

	static final Actor ADMIN = new Actor("u-admin", "admin", "admin", Role.ADMIN, null, TestActors.CITY, Set.of());

	static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/portal/revisit/[A-Za-z0-9._-]+)");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RecordingSmsSender sms;

	@Autowired
	IntakeProperties properties;

	@Autowired
	org.liandong.identity.Secrets secrets;

	static RequestPostProcessor from(String ip) {
		return r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	/** A hotline order whose citizen typed their name and number into the text, replied: it is REVISITING. */
	WorkOrderSummary replied(String phone, String result) {
		var order = orders.receive(new NewWorkOrder(Channel.HOTLINE, "我是王五，电话" + phone + "，文化路12号井盖松动", null, null,
				"王五", phone, "文化路12号", null, null, null, "371002003006", null, null, null, false, List.of()),
				"operator1", "OPERATOR");
		orders.act(ADMIN, order.id(), "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, order.id(), "sign", Map.of());
		orders.act(ADMIN, order.id(), "reply", Map.of("result", result));
		return order;
	}

	/** The path of the revisit link in the newest text to the phone. */
	String linkSentTo(String phone, int messages) {
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sms.to(phone).size() >= messages);
		String text = sms.to(phone).get(messages - 1);
		Matcher m = LINK.matcher(text);
		assertThat(m.find()).as(text).isTrue();
		return m.group(1);
	}

	String page(String path, String ip, int status) throws Exception {
		return mvc.perform(get(path).with(from(ip)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	long citizenRevisits(String id) {
		return orders.publicTimeline(id).stream().filter(e -> "REVISIT".equals(e.action())).count();
	}

	@Test
	void aHotlineCitizenAnswersTheRevisitOnceByTheLinkInTheText() throws Exception {
		String phone = "13700003331";
		var order = replied(phone, "已更换井盖，王五先生已确认，电话" + phone + "。");
		String link = linkSentTo(phone, 2);
		assertThat(sms.to(phone).get(1)).contains(order.number(), "在线评价").doesNotContain("王五");
		assertThat(link).doesNotContain(phone).doesNotContain(order.number());

		String form = page(link, "10.9.0.1", 200);
		// the order's title, redacted (a regression check saw the layout's <title> fragment in its place)
		assertThat(form).contains(order.number(), "revisit-form", "已更换井盖", "井盖松动")
			.doesNotContain("th:text")
			.doesNotContain(phone)
			.doesNotContain("王五");
		var answered = mvc.perform(post(link).with(csrf()).with(from("10.9.0.1"))
			.param("resolved", "false")
			.param("satisfaction", "BASICALLY_SATISFIED"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		// post-redirect-get: the page thanks the citizen, with neither the form nor a refusal
		String thanked = mvc.perform(get(answered.getResponse().getRedirectedUrl()).with(from("10.9.0.1"))
			.flashAttrs(answered.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(thanked).contains("感谢您的评价").doesNotContain("revisit-form").doesNotContain("本轮回访已有答复");
		assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);

		// answered: no form; a second answer is refused on the page and changes nothing
		assertThat(page(link, "10.9.0.1", 200)).contains("本轮回访已有答复").doesNotContain("revisit-form");
		String again = mvc.perform(post(link).with(csrf()).with(from("10.9.0.1"))
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED"))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(again).contains("本轮回访已有答复");
		assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);
		assertThat(citizenRevisits(order.id())).isEqualTo(1);

		// a reopen starts a new round: the old link is no longer valid, the next reply's link answers again
		orders.act(ADMIN, order.id(), "reopen", Map.of("reason", "市民不满意"));
		assertThat(page(link, "10.9.0.1", 410)).contains("回访链接已失效");
		orders.act(ADMIN, order.id(), "sign", Map.of());
		orders.act(ADMIN, order.id(), "reply", Map.of("result", "已再次加固井盖。"));
		String next = linkSentTo(phone, 3);
		assertThat(next).isNotEqualTo(link);
		mvc.perform(post(next).with(csrf()).with(from("10.9.0.1"))
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED")).andExpect(status().is3xxRedirection());
		assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.CLOSED);

		// the closing text: the result's own 。 is not doubled by the template's
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> sms.to(phone).size() >= 4);
		assertThat(sms.to(phone).get(3)).contains("已再次加固井盖。感谢").doesNotContain("。。");
		Outbox.awaitDelivered(jdbc, order.id());
		assertThat(sms.to(phone)).hasSize(4);
	}

	@Test
	void aForgedExpiredOrTamperedLinkOrAnswerIsSaidOnThePageInTheVisitorsLanguage() throws Exception {
		String phone = "13700003332";
		var order = replied(phone, "已更换井盖。");
		String link = linkSentTo(phone, 2);
		String token = link.substring(link.lastIndexOf('/') + 1);
		String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		assertThat(page("/portal/revisit/" + forged, "10.9.0.2", 404)).contains("回访链接无效");
		assertThat(page("/portal/revisit/nonsense", "10.9.0.2", 404)).contains("回访链接无效");
		mvc.perform(post("/portal/revisit/" + forged).with(csrf()).with(from("10.9.0.2"))
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED")).andExpect(status().isNotFound());
		String english = mvc.perform(get("/portal/revisit/" + forged).with(from("10.9.0.2"))
			.cookie(new Cookie("liandong-lang", "en")))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("This revisit link is not valid");

		String expired = new RevisitTokens(properties, secrets,
				Clock.fixed(java.time.Instant.now().minus(Duration.ofDays(31)), ZoneOffset.UTC))
			.issue(order.id(), 0);
		assertThat(page("/portal/revisit/" + expired, "10.9.0.2", 410)).contains("回访链接已失效");

		String tampered = mvc.perform(post(link).with(csrf()).with(from("10.9.0.2"))
			.param("resolved", "maybe")
			.param("satisfaction", "HAPPY"))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tampered).contains("请选择问题是否已解决", "请选择满意程度", "revisit-form");
		assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);
		assertThat(citizenRevisits(order.id())).isZero();
	}
}
