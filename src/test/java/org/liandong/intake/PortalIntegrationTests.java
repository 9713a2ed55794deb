package org.liandong.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.liandong.workorder.Channel;
import org.liandong.workorder.WorkOrderStatus;
import org.liandong.workorder.WorkOrderSummary;
import org.liandong.workorder.WorkOrders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The citizen portal without login: submit, track with the query code, revisit online, bad input, rate limit. */
@IntegrationTest
class PortalIntegrationTests {

	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	static final Actor ADMIN = new Actor("u-admin", "admin", "admin", Role.ADMIN, null, TestActors.CITY, Set.of());

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor from(String ip) {
		return r -> {
			r.setRemoteAddr(ip);
			return r;
		};
	}

	MockMultipartHttpServletRequestBuilder submit(String ip) {
		MockMultipartHttpServletRequestBuilder b = multipart("/portal/requests");
		b.with(csrf()).with(from(ip));
		return b;
	}

	int orderCount() {
		return jdbc.sql("SELECT COUNT(*) FROM in_portal_ticket").query(Integer.class).single();
	}

	/** Submits a valid request and answers {number, code}, read from the receipt the answer redirects to. */
	String[] submitted(String ip) throws Exception {
		MockHttpSession session = new MockHttpSession();
		mvc.perform(submit(ip).session(session)
			.file(new MockMultipartFile("photos", "well.png", "image/png", PNG))
			.param("content", "竹岛街道海滨北路路灯不亮已经一周了，晚上很黑。")
			.param("address", "海滨北路88号")
			.param("lat", "37.5091")
			.param("lon", "122.1203")
			.param("citizenPhone", "13812345678"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/portal/requests"));
		return receipt(session, "zh-CN");
	}

	/** The receipt page of a session: {number, code}. */
	String[] receipt(MockHttpSession session, String lang) throws Exception {
		String page = mvc.perform(get("/portal/requests").param("lang", lang).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher number = Pattern.compile("id=\"number\">(WH\\d+)<").matcher(page);
		Matcher code = Pattern.compile("id=\"query-code\">(\\d{6})<").matcher(page);
		assertThat(number.find()).isTrue();
		assertThat(code.find()).isTrue();
		return new String[] { number.group(1), code.group(1) };
	}

	@Test
	void theSubmitPageIsPublicAndMobileFriendly() throws Exception {
		mvc.perform(get("/portal"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"viewport\"")))
			.andExpect(content().string(Matchers.containsString("我要反映")))
			.andExpect(content().string(Matchers.matchesPattern("(?s).*/webjars/leaflet/[0-9.]*/?dist/leaflet.js.*")));
	}

	@Test
	void aSubmittedRequestBecomesAWebOrderWithItsPhotoAndQueryCode() throws Exception {
		String[] ticket = submitted("10.1.0.1");
		WorkOrderSummary order = orders.find(ticket[0]).orElseThrow();
		assertThat(order.channel()).isEqualTo(Channel.WEB);
		assertThat(order.status()).isEqualTo(WorkOrderStatus.RECEIVED);
		assertThat(order.lat()).isEqualTo(37.5091);
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.1.0.1")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("已受理")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13812345678"))));
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", "000000x"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(Matchers.containsString("not-found")));
	}

	/**
	 * Wrong query codes count against the order's number, from whatever address they come: after ten in the hour the
	 * number's look-ups and revisits wait for the hour's end, so the code's million values cannot be tried from many
	 * addresses (outside check, 2026-11-28); another order's look-up is not affected.
	 */
	@Test
	void wrongQueryCodesForOneNumberFromManyAddressesLockItsLookUpsForTheHour() throws Exception {
		String[] ticket = submitted("10.1.0.20");
		String[] other = submitted("10.1.0.21");
		for (int i = 0; i < 10; i++) {
			String wrong = String.format("%06d", (Integer.parseInt(ticket[1]) + 1 + i) % 1_000_000);
			mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", wrong)
				.with(from("10.2.0." + (i + 1)))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.2.1.1")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(post("/portal/revisit").with(csrf()).with(from("10.2.1.2"))
			.param("number", ticket[0].toLowerCase())
			.param("code", ticket[1])
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED")).andExpect(status().isTooManyRequests());
		mvc.perform(get("/portal/track").param("number", other[0]).param("code", other[1]).with(from("10.2.1.3")))
			.andExpect(status().isOk());
	}

	@Test
	void theCitizenAnswersTheRevisitOnlineWhichClosesTheOrder() throws Exception {
		String[] ticket = submitted("10.1.0.2");
		String id = orders.find(ticket[0]).orElseThrow().id();
		orders.act(ADMIN, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.act(ADMIN, id, "reply", Map.of("result", "已修复路灯"));
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]))
			.andExpect(content().string(Matchers.containsString("revisit-form")));
		mvc.perform(post("/portal/revisit").with(csrf())
			.param("number", ticket[0])
			.param("code", ticket[1])
			.param("resolved", "true")
			.param("satisfaction", "SATISFIED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("thanks", true));
		assertThat(orders.find(id).orElseThrow().status()).isEqualTo(WorkOrderStatus.CLOSED);
		mvc.perform(post("/portal/revisit").with(csrf())
			.param("number", ticket[0])
			.param("code", "999999")
			.param("resolved", "false")
			.param("satisfaction", "DISSATISFIED")).andExpect(status().isNotFound());
	}

	/**
	 * A citizen answers a revisit round once: an unresolved answer leaves the order to the operator's decision, and
	 * a second answer that would close it is refused on the page (outside check, 2026-11-29: it was accepted and
	 * closed the order). A reopen starts a new round.
	 */
	@Test
	void theCitizenAnswersARevisitRoundOnceAndAgainAfterAReopen() throws Exception {
		String[] ticket = repliedOnThePortal("10.1.0.30");
		String id = orders.find(ticket[0]).orElseThrow().id();
		answer(ticket, "10.1.0.30", "false", "BASICALLY_SATISFIED").andExpect(status().is3xxRedirection());
		assertThat(orders.find(id).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.1.0.30")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("revisit-form"))));
		answer(ticket, "10.1.0.30", "true", "SATISFIED")
			.andExpect(status().isConflict())
			.andExpect(content().string(Matchers.containsString("本轮回访已有答复")));
		assertThat(orders.find(id).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);
		assertThat(orders.publicTimeline(id).stream().filter(e -> "REVISIT".equals(e.action()))).hasSize(1);

		orders.act(ADMIN, id, "reopen", Map.of("reason", "市民反映未解决"));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.act(ADMIN, id, "reply", Map.of("result", "已更换灯具"));
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.1.0.30")))
			.andExpect(content().string(Matchers.containsString("revisit-form")));
		answer(ticket, "10.1.0.30", "true", "SATISFIED").andExpect(status().is3xxRedirection());
		assertThat(orders.find(id).orElseThrow().status()).isEqualTo(WorkOrderStatus.CLOSED);
	}

	/** A portal order taken in from {@code ip}, dispatched, signed and replied to: its number and query code. */
	String[] repliedOnThePortal(String ip) throws Exception {
		String[] ticket = submitted(ip);
		String id = orders.find(ticket[0]).orElseThrow().id();
		orders.act(ADMIN, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.act(ADMIN, id, "reply", Map.of("result", "已修复路灯"));
		return ticket;
	}

	/** The portal's revisit form for the ticket's order, sent from {@code ip}. */
	org.springframework.test.web.servlet.ResultActions answer(String[] ticket, String ip, String resolved,
			String satisfaction) throws Exception {
		return mvc.perform(post("/portal/revisit").with(csrf()).with(from(ip))
			.param("number", ticket[0])
			.param("code", ticket[1])
			.param("resolved", resolved)
			.param("satisfaction", satisfaction));
	}

	/** A tampered or missing field of the revisit form is said on the portal's page, not as a bare JSON 400. */
	@Test
	void aTamperedRevisitFormIsRefusedOnThePage() throws Exception {
		String[] ticket = repliedOnThePortal("10.1.0.31");
		String id = orders.find(ticket[0]).orElseThrow().id();
		answer(ticket, "10.1.0.31", "true", "HAPPY")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("请选择满意程度"),
					Matchers.containsString("revisit-form"))));
		mvc.perform(post("/portal/revisit").with(csrf()).with(from("10.1.0.31"))
			.param("number", ticket[0])
			.param("code", ticket[1])
			.param("resolved", "yes")
			.param("satisfaction", "SATISFIED"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请选择问题是否已解决")));
		mvc.perform(post("/portal/revisit").with(csrf()).with(from("10.1.0.31")).param("number", ticket[0]))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(content().string(Matchers.containsString("请填写工单号和查询码")));
		mvc.perform(post("/portal/revisit").with(csrf()).with(from("10.1.0.31"))
			.param("number", ticket[0])
			.param("code", ticket[1])
			.param("satisfaction", "SATISFIED")
			.cookie(new jakarta.servlet.http.Cookie("liandong-lang", "en")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("Please say whether the problem was resolved")));
		assertThat(orders.find(id).orElseThrow().status()).isEqualTo(WorkOrderStatus.REVISITING);
	}

	/** The unit's result as whoever holds the number and code reads it (regression check, 2026-11-29). */
	@Test
	void theTrackingPageShowsTheResultWithoutNumbersAndNames() throws Exception {
		String[] ticket = submitted("10.1.0.4");
		String id = orders.find(ticket[0]).orElseThrow().id();
		orders.act(ADMIN, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.act(ADMIN, id, "reply", Map.of("result", "已联系王先生（13812345678），路灯已修复"));
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.1.0.4")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("已联系*先生（[电话已隐去]），路灯已修复")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13812345678"))));
	}

	@Test
	void thePublicTimelineShowsTheLifecycleAndNoInternalEntries() throws Exception {
		String[] ticket = submitted("10.1.0.3");
		String id = orders.find(ticket[0]).orElseThrow().id();
		orders.act(ADMIN, id, "dispatch", Map.of("leadUnitCode", "ST-371002003"));
		orders.act(ADMIN, id, "sign", Map.of());
		orders.recordOnTimeline(id, "system", "DEADLINE_WARNED", "80%");
		orders.act(ADMIN, id, "reply", Map.of("result", "已修复路灯"));
		orders.recordOnTimeline(id, "system", "REPLY_QUALITY_LOW", "score 20: too short");
		mvc.perform(get("/portal/track").param("number", ticket[0]).param("code", ticket[1]).with(from("10.1.0.3")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.allOf(Matchers.containsString("受理"),
					Matchers.containsString("派单"), Matchers.containsString("签收"),
					Matchers.containsString("办理反馈"))))
			.andExpect(content().string(Matchers.not(Matchers.anyOf(Matchers.containsString("答复质量偏低"),
					Matchers.containsString("REPLY_QUALITY_LOW"), Matchers.containsString("办理时限预警")))));
	}

	@Test
	void badInputIsRefusedWithClearMessagesAndStoresNothing() throws Exception {
		int before = orderCount();
		mvc.perform(submit("10.1.0.3").param("content", " ").param("address", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("请填写诉求内容")));
		mvc.perform(submit("10.1.0.3").param("content", "问题").param("address", "x").param("citizenPhone", "12"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("手机号")));
		mvc.perform(submit("10.1.0.3").param("content", "问题").param("lat", "31.2").param("lon", "121.4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("不在本市范围")));
		// the city's boundary, not a box: the sea 2.8 km off the coast, and Yantai, were inside the box
		for (String[] point : new String[][] { { "37.6", "122.1" }, { "37.45", "121.6" } }) {
			mvc.perform(submit("10.1.0.3").param("content", "问题").param("lat", point[0]).param("lon", point[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(Matchers.containsString("不在本市范围")));
		}
		mvc.perform(submit("10.1.0.3").param("content", "问题"))
			.andExpect(status().isBadRequest());
		mvc.perform(submit("10.1.0.3").param("content", "长".repeat(4001)).param("address", "x"))
			.andExpect(status().isBadRequest());
		mvc.perform(submit("10.1.0.4").param("content", "问题").param("address", "x")
			.file(new MockMultipartFile("photos", "a.exe", "application/octet-stream", new byte[] { 77, 90 })))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("只能上传图片")));
		mvc.perform(submit("10.1.0.4").param("content", "问题").param("address", "x")
			.file(new MockMultipartFile("photos", "fake.png", "image/png", "not an image".getBytes())))
			.andExpect(status().isBadRequest());
		var four = submit("10.1.0.4").param("content", "问题").param("address", "x");
		for (int i = 0; i < 4; i++) {
			four.file(new MockMultipartFile("photos", i + ".png", "image/png", PNG));
		}
		mvc.perform(four).andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("最多上传 3 张")));
		assertThat(orderCount()).isEqualTo(before);
	}

	@Test
	void submissionsAreLimitedPerClientAddressNotGlobally() throws Exception {
		for (int i = 0; i < 10; i++) {
			mvc.perform(submit("10.1.0.9").param("content", "限流测试 " + i).param("address", "x"))
				.andExpect(status().is3xxRedirection());
		}
		mvc.perform(submit("10.1.0.9").param("content", "one too many").param("address", "x"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(submit("10.1.0.10").param("content", "another citizen").param("address", "x"))
			.andExpect(status().is3xxRedirection());
	}
}
