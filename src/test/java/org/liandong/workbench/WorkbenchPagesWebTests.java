package org.liandong.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.linkage.LinkageApi;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.Cookie;

/** The working pages with the demo users: dispatch console, unit workbench, verification, whistles, supervision, inbox. */
@IntegrationTest
class WorkbenchPagesWebTests {

	@Autowired
	MockMvc mvc;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = httpBasic("dispatcher1", "demo123");
	RequestPostProcessor street = httpBasic("h-ST-371002003", "demo123");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String received() throws Exception {
		return api.read(api.post(operator, "/api/v1/work-orders", LinkageApi.ORDER)).get("id").asString();
	}

	/** A refused dispatch comes back as typed in its row (outside check, 2026-11-29: the lead unit was emptied). */
	@Test
	void aRefusedDispatchComesBackAsTyped() throws Exception {
		String id = received();
		String number = number(id);
		var refused = mvc.perform(post("/workbench/dispatch/{id}", id).with(dispatcher).with(csrf())
			.param("leadUnitCode", "NO-SUCH-UNIT").param("coUnitCodes", "CSGLJ").param("itemCode", "CG-0101")
			.param("q", number))
			.andExpect(redirectedUrl("/workbench/dispatch?q=" + number))
			.andExpect(flash().attributeExists("error"))
			.andReturn();
		mvc.perform(get("/workbench/dispatch").param("q", number).with(dispatcher)
			.flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"NO-SUCH-UNIT\"")))
			.andExpect(content().string(containsString("value=\"CG-0101\"")));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.isEqualTo("RECEIVED");
	}

	@Test
	void theDispatcherDispatchesOneAndABulkSelectionFromTheConsole() throws Exception {
		String one = received();
		String two = received();
		String three = received();
		String number = number(one);
		// (found by its number: the console shows the 500 most pressing received orders, and the suite leaves many)
		mvc.perform(get("/workbench/dispatch").param("q", number).with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number)))
			// the unit fields offer every unit by code and name while typing
			.andExpect(content().string(containsString("name=\"leadUnitCode\" list=\"unit-list\"")))
			.andExpect(content().string(containsString("<datalist id=\"unit-list\">")))
			.andExpect(content().string(containsString("<option value=\"CSGLJ\">威海市城市管理局</option>")))
			.andExpect(content().string(containsString("<option value=\"ST-371002003\">竹岛街道办事处</option>")));
		mvc.perform(post("/workbench/dispatch/{id}", one).with(dispatcher).with(csrf())
			.param("leadUnitCode", LinkageApi.STREET).param("coUnitCodes", "CSGLJ").param("q", number))
			.andExpect(redirectedUrl("/workbench/dispatch?q=" + number));
		mvc.perform(post("/workbench/dispatch/bulk").with(dispatcher).with(csrf())
			.param("ids", two, three).param("leadUnitCode", LinkageApi.STREET))
			.andExpect(status().is3xxRedirection());
		for (String id : new String[] { one, two, three }) {
			assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
				.isEqualTo("DISPATCHED");
		}
		mvc.perform(get("/workbench/unit").param("q", number).with(street))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(number), containsString("deadline-green"),
					not(containsString(number(two))))));
		mvc.perform(post("/workbench/orders/{id}/sign", one).with(street).with(csrf())
			.param("back", "/workbench/unit?q=" + number))
			.andExpect(redirectedUrl("/workbench/unit?q=" + number));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", one)).get("status").asString())
			.isEqualTo("IN_PROGRESS");

		mvc.perform(post("/workbench/orders/{id}/opinion", one).with(httpBasic("h-CSGLJ", "demo123")).with(csrf())
			.param("opinion", "建议联合执法").param("q", number))
			.andExpect(redirectedUrl("/workbench/unit?q=" + number));
		var timeline = api.read(api.get(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/timeline", one));
		assertThat(timeline.findValuesAsString("action")).contains("OPINION");
		// the order's page names the co-unit, in either language (outside check, 2026-11-29: CSGLJ: …)
		mvc.perform(get("/work-orders/{id}", one).with(TestActors.role(Role.DISPATCHER)))
			.andExpect(content().string(allOf(containsString("威海市城市管理局：建议联合执法"),
					not(containsString("CSGLJ: 建议联合执法")))));
		mvc.perform(get("/work-orders/{id}", one).param("lang", "en").with(street))
			.andExpect(content().string(allOf(containsString("威海市城市管理局: 建议联合执法"),
					not(containsString("CSGLJ: 建议联合执法")))));
	}

	@Test
	void anAdministratorChoosesAUnitAndSeesItsWorkbenchAsItsHandlersDo() throws Exception {
		RequestPostProcessor admin = httpBasic("admin", "demo123");
		String id = api.dispatchedOrder(operator, dispatcher);
		String number = number(id);
		mvc.perform(get("/workbench/unit").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"unit-chooser\""), not(containsString(number)))));
		mvc.perform(get("/workbench/unit").param("unit", LinkageApi.STREET).param("q", number).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/work-orders/" + id), containsString(LinkageApi.STREET),
					containsString("name=\"unit\" value=\"" + LinkageApi.STREET + "\""))));
		// another unit's workbench does not list it
		mvc.perform(get("/workbench/unit").param("unit", "CSGLJ").param("q", number).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/work-orders/" + id))));
		mvc.perform(get("/workbench/unit").param("unit", "NO-SUCH-UNIT").with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"unknown-unit\"")));
		// signing from there is the administrator's, and comes back to the unit's page
		mvc.perform(post("/workbench/orders/{id}/sign", id).with(admin).with(csrf())
			.param("back", "/workbench/unit?unit=" + LinkageApi.STREET + "&q=" + number))
			.andExpect(redirectedUrl("/workbench/unit?unit=" + LinkageApi.STREET + "&q=" + number));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.isEqualTo("IN_PROGRESS");
		mvc.perform(get("/workbench/unit").with(TestActors.role(Role.OPERATOR))).andExpect(status().isForbidden());
	}

	@Test
	void theReturnQueueShowsTheUnitByNameAndTheReasonItGave() throws Exception {
		String id = received();
		String number = number(id);
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch", "{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}", id)
			.andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/request-return", "{\"reason\":\"不属于本街道职责\"}", id)
			.andExpect(status().isOk());
		mvc.perform(get("/workbench/dispatch").param("q", number).with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"return-" + number + "\""),
					containsString("竹岛街道办事处"), containsString("不属于本街道职责"), containsString("申请于 "))));
		mvc.perform(get("/workbench/dispatch").param("q", number).param("lang", "en").with(dispatcher))
			.andExpect(content().string(allOf(containsString("不属于本街道职责"), containsString("asked "))));
		// asked again after a refusal: the latest request's reason is the one to decide on
		api.post(dispatcher, "/api/v1/work-orders/{id}/reject-return", "{\"reason\":\"属地管理\"}", id)
			.andExpect(status().isOk());
		api.post(street, "/api/v1/work-orders/{id}/request-return", "{\"reason\":\"已由区城管局受理\"}", id)
			.andExpect(status().isOk());
		mvc.perform(get("/workbench/dispatch").param("q", number).with(dispatcher))
			.andExpect(content().string(allOf(containsString("id=\"return-" + number + "\""),
					containsString("已由区城管局受理"), not(containsString("不属于本街道职责")))));
	}

	@Test
	void theExtensionQueueShowsTheUnitByNameTheDatesAndTheReasonOfEachRequest() throws Exception {
		String asking = api.dispatchedOrder(operator, dispatcher);
		String notAsking = api.dispatchedOrder(operator, dispatcher);
		for (String id : new String[] { asking, notAsking }) {
			api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		}
		java.time.Instant until = java.time.Instant.now().plus(Duration.ofDays(20)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		String shown = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(java.time.ZoneId.of("Asia/Shanghai")).format(until);
		api.post(street, "/api/v1/work-orders/{id}/request-extension",
				"{\"until\":\"" + until + "\",\"reason\":\"需要协调管线单位\"}", asking)
			.andExpect(status().isOk());
		String page = mvc.perform(get("/workbench/dispatch").with(dispatcher))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String row = page.substring(page.indexOf(">" + number(asking) + "<"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("竹岛街道办事处", "需要协调管线单位", "→ " + shown).doesNotContain("ST-371002003<");
		String queue = page.substring(page.indexOf("延期审核"));
		assertThat(queue.substring(0, queue.indexOf("</table>"))).doesNotContain(">" + number(notAsking) + "<");
		// and in the queue of orders being worked on, the lead unit by name too
		String working = page.substring(page.indexOf(">" + number(notAsking) + "<"));
		assertThat(working.substring(0, working.indexOf("</tr>"))).contains("竹岛街道办事处")
			.doesNotContain(">ST-371002003<");
	}

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	/** The row of the order on a page: from its number to the end of its table row. */
	static String row(String page, String number) {
		String row = page.substring(page.lastIndexOf("<tr", page.indexOf(">" + number + "<")));
		return row.substring(0, row.indexOf("</tr>"));
	}

	@Test
	void theUnitWorkbenchShowsAMissedSignDeadlineAsABreachUntilTheUnitSigns() throws Exception {
		String id = api.dispatchedOrder(operator, dispatcher);
		String number = number(id);
		// the deadline engine flags the sign deadline's breach (WorkOrderDeadlineIntegrationTests); set here at once
		jdbc.sql("UPDATE wo_order SET sign_overdue = TRUE WHERE id = :id").param("id", id).update();
		String page = mvc.perform(get("/workbench/unit").param("q", number).with(street))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(">签收时限<", ">办理时限<");
		String row = row(page, number);
		// the handling deadline is not late: the row is red for the sign deadline, shown with its breach
		assertThat(row).contains("row-red", "sign-due deadline-red", "签收超期").doesNotContain("row-green");
		String en = mvc.perform(get("/workbench/unit").param("q", number).param("lang", "en").with(street))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(row(en, number)).contains("sign overdue").doesNotContain("签收超期");
		// a late signature ends it: the handling deadline is the one the unit meets now, and it is on time
		api.post(street, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		page = mvc.perform(get("/workbench/unit").param("q", number).with(street))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(row(page, number)).contains("row-green", "sign-due muted").doesNotContain("row-red", "签收超期");
	}

	@Test
	void anOrderNotSignedInTimeComesFirstOnTheUnitWorkbench() throws Exception {
		String onTime = api.dispatchedOrder(operator, dispatcher);
		String late = api.dispatchedOrder(operator, dispatcher);
		jdbc.sql("UPDATE wo_order SET sign_overdue = TRUE WHERE id = :id").param("id", late).update();
		String page = mvc.perform(get("/workbench/unit").with(street))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(">" + number(late) + "<");
		if (page.contains(">" + number(onTime) + "<")) {
			assertThat(page.indexOf(">" + number(late) + "<")).isLessThan(page.indexOf(">" + number(onTime) + "<"));
		}
	}

	@Test
	void aRefusedCoUnitOpinionIsNamedByItsLabelInTheUsersLanguage() throws Exception {
		String id = received();
		api.post(dispatcher, "/api/v1/work-orders/{id}/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\",\"coUnitCodes\":[\"ZJJ\"]}", id)
			.andExpect(status().isOk());
		RequestPostProcessor coUnit = httpBasic("h-ZJJ", "demo123");
		mvc.perform(post("/workbench/orders/{id}/opinion", id).with(coUnit).with(csrf()).param("opinion", " "))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "协办意见：请填写 1 至 2000 个字。"));
		mvc.perform(post("/workbench/orders/{id}/opinion", id).with(coUnit).with(csrf())
			.param("opinion", "长".repeat(2001))
			.cookie(new Cookie("liandong-lang", "en")))
			.andExpect(flash().attribute("error", "Co-unit opinion: write 1 to 2000 characters."));
	}

	String number(String id) throws Exception {
		return api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("number").asString();
	}

	@Test
	void theConsoleSearchNarrowsEveryQueueToTheOrdersItFinds() throws Exception {
		String marker = "海源公园" + UUID.randomUUID().toString().substring(0, 8);
		String found = api.read(api.post(operator, "/api/v1/work-orders",
				LinkageApi.ORDER.replace("\"content\":\"", "\"content\":\"" + marker))).get("id").asString();
		String other = received();
		String dispatched = api.read(api.post(operator, "/api/v1/work-orders",
				LinkageApi.ORDER.replace("\"content\":\"", "\"content\":\"" + marker))).get("id").asString();
		api.post(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}", dispatched).andExpect(status().isOk());

		String page = mvc.perform(get("/workbench/dispatch").param("q", "  " + marker + " ").with(dispatcher))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).as("the received and the reassignable orders with the words, no other")
			.contains(number(found), number(dispatched), "只显示与“" + marker + "”相符的工单",
					"name=\"q\" value=\"" + marker + "\"")
			.doesNotContain(number(other));
		mvc.perform(get("/workbench/dispatch").param("q", number(other)).with(dispatcher))
			.andExpect(content().string(allOf(containsString(number(other)), not(containsString(number(found))))));
		mvc.perform(get("/workbench/dispatch").param("q", " ").with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"q\""), containsString("待派单"),
					not(containsString("search-showing")))));

		mvc.perform(post("/workbench/dispatch/bulk").with(dispatcher).with(csrf()).param("ids", found)
			.param("leadUnitCode", LinkageApi.STREET).param("q", marker))
			.andExpect(redirectedUrl("/workbench/dispatch?q=" + UriUtils.encodeQueryParam(marker, StandardCharsets.UTF_8)));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", found)).get("status").asString())
			.isEqualTo("DISPATCHED");
		mvc.perform(get("/workbench/unit").param("q", marker).with(street))
			.andExpect(content().string(allOf(containsString(number(found)), containsString(number(dispatched)),
					not(containsString(number(other))))));
	}

	@Test
	void aReplyThatNeedsVerificationReachesTheVerificationListWithADeadline() throws Exception {
		int created = mvc.perform(post("/api/v1/items").with(TestActors.admin()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"code":"LK-VERIFY","name":"联动核查事项","path":["城乡建设","市政设施","占道"],"nature":"COMPLAINT",
					 "urgency":"NORMAL","description":"test","keywords":["占道"],"publicService":false,
					 "unitRule":{"type":"LOCAL_STREET","unitCode":null,"coUnitCodes":[]},
					 "limits":{"sign":{"duration":"PT2H","mode":"NATURAL"},"response":{"duration":"PT24H","mode":"NATURAL"},
					  "handle":{"NORMAL":{"duration":"P5D","mode":"NATURAL"},"URGENT":{"duration":"P1D","mode":"NATURAL"},
					  "CRITICAL":{"duration":"PT2H","mode":"NATURAL"},"COMPLEX":{"duration":"P15D","mode":"NATURAL"}}},
					 "verificationRequired":true,"closingCriteria":"fixed"}""")).andReturn().getResponse().getStatus();
		assertThat(created).isIn(201, 409);
		String id = api.read(api.post(operator, "/api/v1/work-orders",
				LinkageApi.ORDER.replace("\"regionCode\"", "\"itemCode\":\"LK-VERIFY\",\"regionCode\""))).get("id").asString();
		RequestPostProcessor handler = TestActors.handler(LinkageApi.STREET);
		api.post(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/dispatch",
				"{\"leadUnitCode\":\"" + LinkageApi.STREET + "\"}", id).andExpect(status().isOk());
		api.post(handler, "/api/v1/work-orders/{id}/sign", "{}", id).andExpect(status().isOk());
		api.post(handler, "/api/v1/work-orders/{id}/reply", "{\"result\":\"已清理\"}", id).andExpect(status().isOk());
		String number = api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("number").asString();
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc
			.perform(get("/workbench/verification").with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(number))));
		mvc.perform(post("/workbench/orders/{id}/verify", id).with(dispatcher).with(csrf())
			.param("passed", "maybe").param("back", "/workbench/verification"))
			.andExpect(redirectedUrl("/workbench/verification"))
			.andExpect(flash().attributeExists("error"));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.as("not read as a failed verification").isEqualTo("VERIFYING");
		// a failed check without its reason is not sent back to the unit
		mvc.perform(post("/workbench/orders/{id}/verify", id).with(dispatcher).with(csrf())
			.param("passed", "false").param("note", " ").param("back", "/workbench/verification"))
			.andExpect(redirectedUrl("/workbench/verification"))
			.andExpect(flash().attribute("error", "核查不通过时须填写原因，承办单位据此重新办理。"));
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.isEqualTo("VERIFYING");
		// a refused verdict comes back with its note as typed; photos go through the order page's form
		var refused = mvc.perform(post("/workbench/orders/{id}/verify", id).with(dispatcher).with(csrf())
			.param("passed", "false").param("note", "仍有垃圾").param("attachments", "no-such-file")
			.param("back", "/workbench/verification"))
			.andExpect(flash().attributeExists("error"))
			.andReturn();
		mvc.perform(get("/workbench/verification").with(dispatcher).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("value=\"仍有垃圾\"")))
			.andExpect(content().string(containsString("附照片核查")))
			// a field named only by its placeholder is named for a screen reader too
			.andExpect(content().string(containsString("placeholder=\"备注\" aria-label=\"备注\"")))
			.andExpect(content().string(not(containsString("name=\"attachments\""))));
		mvc.perform(post("/workbench/orders/{id}/verify", id).with(dispatcher).with(csrf())
			.param("passed", "true").param("back", "/workbench/verification"))
			.andExpect(status().is3xxRedirection());
		assertThat(api.read(api.get(operator, "/api/v1/work-orders/{id}", id)).get("status").asString())
			.isEqualTo("REVISITING");
	}

	@Test
	void aHandlersActionOnAnOrderNoLongerItsComesBackToTheUnitWorkbenchWithTheMessage() throws Exception {
		String reassigned = api.dispatchedOrder(operator, TestActors.role(Role.DISPATCHER));
		api.post(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/reassign",
				"{\"leadUnitCode\":\"ST-371002002\"}", reassigned).andExpect(status().isOk());
		for (String id : new String[] { reassigned, UUID.randomUUID().toString() }) {
			mvc.perform(post("/workbench/orders/{id}/sign", id).with(street).with(csrf()))
				.andExpect(redirectedUrl("/workbench/unit"))
				.andExpect(flash().attribute("error", "工单不存在，或您无权查看。"));
		}
		mvc.perform(get("/workbench/unit").with(street)).andExpect(status().isOk());
	}

	@Test
	void refusalsOnTheWorkingPagesSpeakTheVisitorsLanguageAndNameOrdersByNumber() throws Exception {
		String returned = api.dispatchedOrder(operator, TestActors.role(Role.DISPATCHER));
		api.post(TestActors.handler(LinkageApi.STREET), "/api/v1/work-orders/{id}/request-return",
				"{\"reason\":\"不属于本单位\"}", returned).andExpect(status().isOk());
		mvc.perform(post("/workbench/orders/{id}/reject-return", returned).with(dispatcher).with(csrf()))
			.andExpect(redirectedUrl("/workbench/dispatch"))
			.andExpect(flash().attribute("error", "理由：不能为空"));
		mvc.perform(post("/workbench/orders/{id}/reject-return", returned).with(dispatcher).with(csrf())
			.cookie(new Cookie("liandong-lang", "en")))
			.andExpect(flash().attribute("error", "Reason: must not be blank"));

		String signed = api.dispatchedOrder(operator, TestActors.role(Role.DISPATCHER));
		api.post(TestActors.handler(LinkageApi.STREET), "/api/v1/work-orders/{id}/sign", "{}", signed)
			.andExpect(status().isOk());
		mvc.perform(post("/workbench/orders/{id}/sign", signed).with(street).with(csrf())
			.param("back", "/workbench/unit"))
			.andExpect(flash().attribute("error", "无法在“办理中”状态下签收，允许的状态：待签收。"));

		String one = received();
		String two = received();
		String missing = UUID.randomUUID().toString();
		String error = (String) mvc.perform(post("/workbench/dispatch/bulk").with(dispatcher).with(csrf())
			.param("ids", one, two, missing).param("leadUnitCode", "NOPE"))
			.andReturn().getFlashMap().get("error");
		assertThat(error).isEqualTo(number(one) + "（主办单位代码：单位不存在）；" + number(two) + "（主办单位代码：单位不存在）；"
				+ missing + "（工单不存在，或您无权查看。）");
	}

	@Test
	void aSupervisorFindsAnyOpenOrderAndSupervisesOrUrgesItBeforeItIsLate() throws Exception {
		RequestPostProcessor supervisor = httpBasic("supervisor1", "demo123");
		String id = api.dispatchedOrder(operator, dispatcher);
		String number = number(id);
		mvc.perform(get("/supervision").param("q", number).with(supervisor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"sv-found\""),
					containsString("/supervision/orders/" + id + "/supervise"),
					containsString("/supervision/orders/" + id + "/urge"))));
		mvc.perform(post("/supervision/orders/{id}/supervise", id).with(supervisor).with(csrf())
			.param("level", "KEY").param("reason", "群众反映强烈").param("q", number))
			.andExpect(redirectedUrl("/supervision?q=" + number));
		mvc.perform(post("/supervision/orders/{id}/urge", id).with(supervisor).with(csrf())
			.param("note", "请加快办理").param("q", number))
			.andExpect(redirectedUrl("/supervision?q=" + number));
		var timeline = api.read(api.get(TestActors.role(Role.DISPATCHER), "/api/v1/work-orders/{id}/timeline", id));
		assertThat(timeline.findValuesAsString("action")).contains("SUPERVISED", "URGED");
		// a due time that is not one is said in the page's language, not the parser's
		String error = (String) mvc.perform(post("/supervision/orders/{id}/supervise", id).with(supervisor)
			.with(csrf()).param("level", "KEY").param("reason", "再督").param("dueAt", "garbage"))
			.andReturn().getFlashMap().get("error");
		assertThat(error).isEqualTo("督办时限的日期时间格式不正确。");
		// the service's refusals in the page's language too, not the API's English
		error = (String) mvc.perform(post("/supervision/orders/{id}/urge", id).with(supervisor).with(csrf())
			.param("note", " ")).andReturn().getFlashMap().get("error");
		assertThat(error).isEqualTo("请填写催办内容（不超过 2000 字）。");
		var refused = mvc.perform(post("/supervision/orders/{id}/supervise", id).with(supervisor).with(csrf())
			.param("level", "LISTED").param("reason", "再督").param("dueAt", "2000-01-01T08:00").param("q", number))
			.andReturn();
		assertThat(refused.getFlashMap().get("error")).isEqualTo("督办时限须晚于现在。");
		// the form comes back as it was filled in, on the order's row
		mvc.perform(get("/supervision").param("q", number).with(supervisor).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("value=\"再督\"")))
			.andExpect(content().string(containsString("value=\"2000-01-01T08:00\"")))
			.andExpect(content().string(containsString("<option value=\"LISTED\" selected=\"selected\"")));
	}

	@Test
	void whistleSupervisionAndInboxPagesRender() throws Exception {
		mvc.perform(get("/whistles").with(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("日常哨")));
		mvc.perform(post("/whistles").with(street).with(csrf()).param("type", "DAILY")
			.param("summonedUnitCodes", "CSGLJ").param("description", "页面吹哨"))
			.andExpect(status().is3xxRedirection());
		// the summoned unit, and the one still to report, by name
		mvc.perform(get("/whistles").with(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<td title=\"CSGLJ\">威海市城市管理局</td>")));
		mvc.perform(get("/supervision").with(httpBasic("supervisor1", "demo123"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("督办")));
		mvc.perform(get("/notifications").with(httpBasic("h-CSGLJ", "demo123"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("我的消息")));
	}
}
