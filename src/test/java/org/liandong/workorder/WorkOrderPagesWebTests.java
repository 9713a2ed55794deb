package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.servlet.http.Cookie;

/** The work-order pages: list with filters, detail with timeline and the caller's actions, forms with CSRF. */
@IntegrationTest
class WorkOrderPagesWebTests {

	/** The page language cookie set by {@code ?lang=en}. */
	static final Cookie ENGLISH = new Cookie("liandong-lang", "en");

	@Autowired
	MockMvc mvc;

	private String order(String content) throws Exception {
		return new WorkOrderApi(mvc).createId(TestActors.role(Role.OPERATOR), """
				{"channel":"HOTLINE","content":"%s","citizenName":"李四","citizenPhone":"13900001111","regionCode":"371002003000"}"""
			.formatted(content));
	}

	@Test
	void listShowsOrdersWithMaskedCitizenAndFiltersInChinese() throws Exception {
		String id = order("小区门口垃圾堆放多日无人清理");
		mvc.perform(get("/work-orders").with(httpBasic("operator1", "demo123")).param("status", "RECEIVED"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("工单列表")))
			.andExpect(content().string(Matchers.containsString("/work-orders/" + id)))
			.andExpect(content().string(Matchers.containsString("已受理")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("13900001111"))));
	}

	@Test
	void aDateTypedWronglyIntoTheListsAddressIsAMessageAboveTheFiltersKept() throws Exception {
		mvc.perform(get("/work-orders").with(httpBasic("operator1", "demo123")).param("status", "RECEIVED")
			.param("from", "garbage").param("to", "2026-13-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(
					"起始日期：须为有效日期（如 2026-11-28）；截止日期：须为有效日期（如 2026-11-28）")))
			.andExpect(content().string(Matchers.containsString("<option value=\"RECEIVED\" selected=\"selected\"")));
		mvc.perform(get("/work-orders").with(httpBasic("operator1", "demo123")).param("from", "garbage")
			.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("From: must be a date such as 2026-11-28")));
	}

	@Test
	void listNamesTheLeadUnitAndKeepsItsCodeAtHand() throws Exception {
		String id = order("海滨北路路灯不亮 " + java.util.UUID.randomUUID());
		new WorkOrderApi(mvc).act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		String page = mvc.perform(get("/work-orders").with(httpBasic("dispatcher1", "demo123")).param("status", "DISPATCHED"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf("/work-orders/" + id));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains(">竹岛街道办事处<", "title=\"ST-371002003\"").doesNotContain(">ST-371002003<");
	}

	@Test
	void listSpeaksEnglishOnRequest() throws Exception {
		mvc.perform(get("/work-orders").with(httpBasic("operator1", "demo123")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Work orders")));
	}

	@Test
	void detailOffersOnlyTheCallersActionsAndAFormPostPerformsOne() throws Exception {
		String id = order("路灯不亮已经一周");
		mvc.perform(get("/work-orders/" + id).with(httpBasic("dispatcher1", "demo123")))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("派单")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("action.sign"))))
			.andExpect(content().string(Matchers.containsString("受理")));
		mvc.perform(post("/work-orders/" + id + "/actions/dispatch").with(httpBasic("dispatcher1", "demo123"))
			.with(csrf())
			.param("leadUnitCode", "ST-371002003")
			.param("version", "0"))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("message", "done"));
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("h-ST-371002003", "demo123")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("待签收").contains("签收").contains("/actions/sign");
	}

	@Test
	void aReplyFromThePageCarriesUploadedPhotosThatThePagesServe() throws Exception {
		String id = order("窨井盖破损");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		api.act(TestActors.handler("ST-371002003"), id, "sign", "{}");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };
		mvc.perform(multipart("/work-orders/" + id + "/actions/reply")
			.file(new MockMultipartFile("files", "现场.png", "image/png", png))
			.param("result", "已更换井盖")
			.with(httpBasic("h-ST-371002003", "demo123"))
			.with(csrf()))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("message", "done"));
		var reply = api.timeline(TestActors.admin(), id).get(3);
		assertThat(reply.get("action").asString()).isEqualTo("REPLY");
		String file = reply.get("attachments").get(0).asString();
		byte[] served = mvc.perform(get("/files/" + file).with(httpBasic("h-ST-371002003", "demo123")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(png);
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("dispatcher1", "demo123")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("the evidence by its name").contains(">现场.png</a>").doesNotContain(">" + file + "</a>");
	}

	@Test
	void aRefusedActionComesBackOpenWithWhatWasTyped() throws Exception {
		String id = order("路面坑洼");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		api.act(TestActors.handler("ST-371002003"), id, "sign", "{}");
		var refused = mvc.perform(post("/work-orders/" + id + "/actions/request-extension")
			.with(httpBasic("h-ST-371002003", "demo123"))
			.with(csrf())
			.param("until", "2020-01-01T10:00")
			.param("reason", "需要协调多个部门的理由"))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andReturn();
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("h-ST-371002003", "demo123"))
			.flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains(">需要协调多个部门的理由</textarea>").contains("value=\"2020-01-01T10:00\"")
			.containsPattern("<details open=\"open\">\\s*<summary>申请延期</summary>");
		String fresh = mvc.perform(get("/work-orders/" + id).with(httpBasic("h-ST-371002003", "demo123")))
			.andReturn().getResponse().getContentAsString();
		assertThat(fresh).doesNotContain("需要协调多个部门的理由").doesNotContain("<details open");
	}

	@Test
	void theOrderPageShowsTheCoUnitsByNameAndThePointTheCitizenGave() throws Exception {
		String id = new WorkOrderApi(mvc).createId(TestActors.role(Role.OPERATOR), """
				{"channel":"WEB","content":"路边井盖缺失","lat":37.508,"lon":122.128}""");
		new WorkOrderApi(mvc).act(TestActors.role(Role.DISPATCHER), id, "dispatch",
				"{\"leadUnitCode\":\"ST-371002003\",\"coUnitCodes\":[\"CSGLJ\"]}");
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("dispatcher1", "demo123")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("37.50800, 122.12800").contains("位置").doesNotContain(" / CSGLJ<");
		assertThat(page).containsPattern("竹岛街道[^<]* / [^<]*城市管理");
	}

	@Test
	void anOrderNotYetDispatchedHasNoLeadUnitRatherThanNull() throws Exception {
		String id = order("楼道灯坏了");
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("dispatcher1", "demo123")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("未派单").doesNotContain(">null<");
	}

	@Test
	void onlyRolesThatMayTakeInOrdersAreOfferedTheIntakeForm() throws Exception {
		for (String user : new String[] { "operator1", "dispatcher1", "supervisor1", "g-371002003-01", "admin" }) {
			mvc.perform(get("/work-orders").with(httpBasic(user, "demo123")))
				.andExpect(content().string(Matchers.containsString("href=\"/work-orders/new\"")));
			mvc.perform(get("/work-orders/new").with(httpBasic(user, "demo123"))).andExpect(status().isOk());
		}
		for (String user : new String[] { "leader1", "h-ST-371002003" }) {
			mvc.perform(get("/work-orders").with(httpBasic(user, "demo123")))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("/work-orders/new"))));
			mvc.perform(get("/work-orders/new").with(httpBasic(user, "demo123")).accept(MediaType.TEXT_HTML))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void timelineNotesShowTheirInstantsInCityTime() throws Exception {
		String id = order("排水沟堵塞");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		api.act(TestActors.handler("ST-371002003"), id, "sign", "{}");
		Instant until = Instant.now().plus(Duration.ofDays(40)).truncatedTo(ChronoUnit.HOURS);
		api.act(TestActors.handler("ST-371002003"), id, "request-extension",
				"{\"until\":\"%s\",\"reason\":\"需要更多时间\"}".formatted(until))
			.andExpect(status().isOk());
		api.act(TestActors.role(Role.DISPATCHER), id, "approve-extension", "{\"reason\":\"同意\"}")
			.andExpect(status().isOk());
		String city = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.of("Asia/Shanghai"))
			.format(until);
		String page = mvc.perform(get("/work-orders/" + id).with(httpBasic("dispatcher1", "demo123")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(until.toString()).contains("延期至 " + city + "：需要更多时间", "办理时限延至 " + city + "：同意");
		assertThat(api.timeline(TestActors.admin(), id).findValuesAsString("note"))
			.as("the API's timeline as stored").contains("until " + until + ": 需要更多时间", "due " + until + ": 同意");
	}

	@Test
	void thePlatformsTimelineNotesSpeakThePagesLanguage() throws Exception {
		String id = order("井盖丢失");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch",
				"{\"leadUnitCode\":\"ST-371002003\",\"coUnitCodes\":[\"CSGLJ\"],\"note\":\"请尽快\"}");
		api.act(TestActors.handler("ST-371002003"), id, "sign", "{}");
		api.act(TestActors.handler("ST-371002003"), id, "contact", "{\"way\":\"PHONE\",\"outcome\":\"已电话联系\"}");
		api.act(TestActors.handler("ST-371002003"), id, "reply", "{\"result\":\"已补装井盖\"}");
		api.act(TestActors.role(Role.OPERATOR), id, "revisit", "{\"reached\":false}");
		api.act(TestActors.role(Role.OPERATOR), id, "revisit",
				"{\"reached\":true,\"resolved\":true,\"satisfaction\":\"SATISFIED\"}").andExpect(status().isOk());
		mvc.perform(get("/work-orders/" + id).with(httpBasic("operator1", "demo123")))
			.andExpect(content().string(Matchers.stringContainsInOrder("主办单位 竹岛街道办事处，协办单位 威海市城市管理局 — 请尽快",
					"电话：已电话联系", "已补装井盖", "未联系上，第 1 次", "已解决，满意")));
		mvc.perform(get("/work-orders/" + id).with(httpBasic("operator1", "demo123")).cookie(ENGLISH))
			.andExpect(content().string(Matchers.stringContainsInOrder("lead unit 竹岛街道办事处, co-units 威海市城市管理局 — 请尽快",
					"Phone: 已电话联系", "unreachable, attempt 1", "resolved, Satisfied")));
		assertThat(api.timeline(TestActors.admin(), id).findValuesAsString("note")).as("the API's timeline as stored")
			.contains("lead ST-371002003, co-units CSGLJ — 请尽快", "PHONE: 已电话联系", "unreachable, attempt 1",
					"resolved, SATISFIED");
	}

	@Test
	void aRefusedActionShowsAReadableMessage() throws Exception {
		String id = order("噪音扰民");
		mvc.perform(post("/work-orders/" + id + "/actions/dispatch").with(httpBasic("dispatcher1", "demo123"))
			.with(csrf())
			.param("leadUnitCode", "NO-SUCH-UNIT"))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("error", "主办单位代码：单位不存在"));
		mvc.perform(post("/work-orders/" + id + "/actions/dispatch").with(httpBasic("dispatcher1", "demo123"))
			.with(csrf())
			.cookie(ENGLISH)
			.param("leadUnitCode", "NO-SUCH-UNIT"))
			.andExpect(flash().attribute("error", "Lead unit code: unknown unit"));
		mvc.perform(post("/work-orders/" + id + "/actions/dispatch").with(httpBasic("dispatcher1", "demo123"))
			.with(csrf())
			.param("leadUnitCode", " "))
			.andExpect(flash().attribute("error", "主办单位代码：不能为空"));
	}

	@Test
	void refusalsOnTheOrderPageSpeakTheVisitorsLanguageAndNameTheFormsLabels() throws Exception {
		String id = order("广场舞噪音");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		RequestPostProcessor handler = httpBasic("h-ST-371002003", "demo123");
		mvc.perform(post("/work-orders/" + id + "/actions/contact").with(handler).with(csrf()))
			.andExpect(flash().attribute("error", "联系结果：不能为空；联系方式：不能为空"));
		mvc.perform(post("/work-orders/" + id + "/actions/sign").with(handler).with(csrf()).param("version", "0"))
			.andExpect(flash().attribute("error", "工单已被他人更新（当前版本 1，表单版本 0），请刷新页面后重试。"));
		mvc.perform(post("/work-orders/" + id + "/actions/sign").with(handler).with(csrf()).param("version", "1"))
			.andExpect(flash().attribute("message", "done"));
		mvc.perform(post("/work-orders/" + id + "/actions/sign").with(handler).with(csrf()))
			.andExpect(flash().attribute("error", "无法在“办理中”状态下签收，允许的状态：待签收。"));
		mvc.perform(post("/work-orders/" + id + "/actions/sign").with(handler).with(csrf()).cookie(ENGLISH))
			.andExpect(flash().attribute("error",
					"“Sign” is not possible in status “In progress”; allowed in: Dispatched."));
		mvc.perform(post("/work-orders").with(handler).with(csrf()).param("channel", "HOTLINE").param("content", "x"))
			.andExpect(content().string(Matchers.containsString("您的角色（承办人）不能受理工单。")));
	}

	@Test
	void aRevisitFormWithAnAnswerOtherThanYesOrNoIsRefusedAndRecordsNoAttempt() throws Exception {
		String id = order("小区路面塌陷");
		WorkOrderApi api = new WorkOrderApi(mvc);
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"ST-371002003\"}");
		api.act(TestActors.handler("ST-371002003"), id, "sign", "{}");
		api.act(TestActors.handler("ST-371002003"), id, "reply", "{\"result\":\"已修复\"}");
		String[][] forms = { { "maybe", "true" }, { "no", "true" }, { "true", "yes" } }; // reached, resolved
		for (String[] form : forms) {
			mvc.perform(post("/work-orders/" + id + "/actions/revisit").with(httpBasic("operator1", "demo123"))
				.with(csrf())
				.param("reached", form[0])
				.param("resolved", form[1])
				.param("satisfaction", "SATISFIED"))
				.andExpect(redirectedUrl("/work-orders/" + id))
				.andExpect(flash().attribute("error", Matchers.endsWith("：须为“是”或“否”")))
				.andExpect(flash().attribute("message", Matchers.nullValue()));
		}
		// (the timeline may still gain entries of listeners, such as the reply's quality score: counted are revisits)
		var timeline = api.timeline(TestActors.admin(), id);
		long revisits = java.util.stream.StreamSupport.stream(timeline.spliterator(), false)
			.filter(e -> e.get("action").asString().startsWith("REVISIT"))
			.count();
		assertThat(revisits).as("no attempt recorded").isZero();
		assertThat(api.order(TestActors.admin(), id).get("status").asString()).isEqualTo("REVISITING");
		mvc.perform(post("/work-orders/" + id + "/actions/request-extension")
			.with(httpBasic("h-ST-371002003", "demo123"))
			.with(csrf())
			.param("until", "2026-13-45T10:00")
			.param("reason", "x"))
			.andExpect(redirectedUrl("/work-orders/" + id))
			.andExpect(flash().attribute("error", "延期至：须为有效的日期和时间"));
	}

	@Test
	void formsWithoutCsrfTokenAreRefusedForSessionUsers() throws Exception {
		String id = order("井盖松动");
		mvc.perform(post("/work-orders/" + id + "/actions/cancel").with(TestActors.role(Role.OPERATOR))
			.param("reason", "test"))
			.andExpect(status().isForbidden());
	}

	@Test
	void userTextIsEscapedOnThePages() throws Exception {
		String id = order("<script>alert(1)</script>");
		mvc.perform(get("/work-orders/" + id).with(httpBasic("operator1", "demo123")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert(1)</script>"))))
			.andExpect(content().string(Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
	}

	@Test
	void aFormPostedTwiceWithItsTokenTakesTheRequestInOnce() throws Exception {
		String content = "重复提交测试 " + java.util.UUID.randomUUID();
		String[] locations = new String[2];
		for (int i = 0; i < 2; i++) {
			locations[i] = mvc.perform(post("/work-orders").with(httpBasic("operator1", "demo123")).with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_FORM_URLENCODED)
				.param("idempotencyKey", "form-token-" + content)
				.param("channel", "HOTLINE")
				.param("content", content))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getHeader("Location");
		}
		assertThat(locations[1]).isEqualTo(locations[0]);
		assertThat(locations[0]).as("a redirect carries no page token").doesNotContain("formToken");
		String list = mvc.perform(get("/api/v1/work-orders").with(TestActors.admin()).param("q", content))
			.andReturn().getResponse().getContentAsString();
		assertThat(list).contains("\"totalElements\":1");
		String page = mvc.perform(get("/work-orders/new").with(httpBasic("operator1", "demo123")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("name=\"idempotencyKey\" value=\"[0-9a-f-]{36}\"");
		String again = mvc.perform(get("/work-orders/new").with(httpBasic("operator1", "demo123")))
			.andReturn().getResponse().getContentAsString();
		assertThat(token(again)).as("each rendering gets its own token").isNotEqualTo(token(page));
	}

	private static String token(String page) {
		var m = java.util.regex.Pattern.compile("name=\"idempotencyKey\" value=\"([0-9a-f-]{36})\"").matcher(page);
		assertThat(m.find()).as("the page has a form token").isTrue();
		return m.group(1);
	}

	@Test
	void theIntakeFormCreatesAnOrder() throws Exception {
		mvc.perform(post("/work-orders").with(httpBasic("operator1", "demo123")).with(csrf())
			.param("channel", "HOTLINE")
			.param("content", "公交站牌损坏")
			.param("urgency", "NORMAL"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.startsWith("/work-orders/")));
		mvc.perform(post("/work-orders").with(httpBasic("operator1", "demo123")).with(csrf())
			.param("channel", "HOTLINE")
			.param("content", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("诉求内容：不能为空")));
	}
}
