package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Revisit queue, public league table, reports and reply-quality flags on the running application. */
@IntegrationTest
class EvaluationPagesIntegrationTests {

	static final String UNIT = "JRJ";

	@Autowired
	MockMvc mvc;

	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);

	String revisiting(Api api, String reply) throws Exception {
		String id = api.create(operator, "371002003006");
		api.act(TestActors.role(Role.DISPATCHER), id, "dispatch", "{\"leadUnitCode\":\"" + UNIT + "\"}");
		api.act(TestActors.handler(UNIT), id, "sign", "{}");
		api.act(TestActors.handler(UNIT), id, "reply", "{\"result\":\"" + reply + "\"}");
		return id;
	}

	@Test
	void theRevisitQueueOffersTheTelephoneRevisitToOperatorsOnly() throws Exception {
		String id = revisiting(new Api(mvc), "经核实，已安排维修，路灯已恢复照明。");
		String revisit = "/evaluation/revisits/" + id + "/revisit";
		mvc.perform(get("/evaluation/revisits").with(operator))
			.andExpect(content().string(containsString(revisit)));
		mvc.perform(get("/evaluation/revisits").with(TestActors.role(Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(id)))
			.andExpect(content().string(not(containsString(revisit))));
	}

	@Test
	void theRevisitQueueRecordsAnAnswerAndTheDecisionToReopen() throws Exception {
		Api api = new Api(mvc);
		String id = revisiting(api, "经核实，路灯线路老化，已安排维修人员更换线路，路灯已恢复照明。");
		String number = api.get(operator, "/api/v1/work-orders/{id}", id).get("number").asString();
		mvc.perform(get("/evaluation/revisits").with(operator).param("size", "1000"))
			.andExpect(status().isOk());
		// reached, but without the answer to "resolved?": refused for it, not read as "no" (outside check)
		mvc.perform(post("/evaluation/revisits/{id}/revisit", id).with(operator).with(csrf())
			.param("reached", "true").param("satisfaction", "DISSATISFIED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("问题已解决")));
		assertThat(api.get(operator, "/api/v1/work-orders/{id}/timeline", id).toString()).doesNotContain("\"REVISIT\"");
		// neither yes nor no: refused by the field, not read as yes (outside check)
		for (String[] odd : new String[][] { { "maybe", "true" }, { "true", "maybe" } }) {
			mvc.perform(post("/evaluation/revisits/{id}/revisit", id).with(operator).with(csrf())
				.param("reached", odd[0]).param("resolved", odd[1]).param("satisfaction", "SATISFIED"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("error", org.hamcrest.Matchers.notNullValue()));
		}
		assertThat(api.get(operator, "/api/v1/work-orders/{id}", id).get("status").asString()).isEqualTo("REVISITING");
		assertThat(api.get(operator, "/api/v1/work-orders/{id}/timeline", id).toString()).doesNotContain("\"REVISIT\"");
		mvc.perform(post("/evaluation/revisits/{id}/revisit", id).with(operator).with(csrf())
			.param("reached", "true").param("resolved", "false").param("satisfaction", "DISSATISFIED"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", number + " → 回访中"));
		mvc.perform(post("/evaluation/revisits/{id}/close", id).with(operator).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("理由：")));
		assertThat(api.get(operator, "/api/v1/work-orders/{id}", id).get("status").asString()).isEqualTo("REVISITING");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/evaluation/revisits")
			.with(operator).param("size", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("不满意"))));
		mvc.perform(post("/evaluation/revisits/{id}/reopen", id).with(operator).with(csrf()).param("reason", "市民反映仍不亮"))
			.andExpect(status().is3xxRedirection());
		var order = api.get(operator, "/api/v1/work-orders/{id}", id);
		assertThat(order.get("status").asString()).isEqualTo("DISPATCHED");
		assertThat(order.get("reopenCount").asInt()).isEqualTo(1);
		assertThat(number).startsWith("WH");
	}

	/** A list: the unit's result without a number typed into it (outside check, 2026-11-28). */
	@Test
	void theRevisitQueueShowsTheResultAsAListShowsIt() throws Exception {
		String id = revisiting(new Api(mvc), "已修复，已告知市民，回访电话13812340987。");
		String page = mvc.perform(get("/evaluation/revisits").with(operator).param("size", "1000"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(id).contains("已修复，已告知市民，回访电话[电话已隐去]").doesNotContain("13812340987");
	}

	@Test
	void handlersMayNotUseTheRevisitQueue() throws Exception {
		mvc.perform(get("/evaluation/revisits").with(TestActors.handler(UNIT))).andExpect(status().isForbidden());
	}

	@Test
	void aPoorReplyIsFlaggedOnTheTimelineBeforeTheRevisit() throws Exception {
		Api api = new Api(mvc);
		String id = revisiting(api, "收到");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var timeline = api.get(operator, "/api/v1/work-orders/{id}/timeline", id);
			boolean flagged = false;
			for (var e : timeline) {
				flagged |= "REPLY_QUALITY_LOW".equals(e.get("action").asString());
			}
			assertThat(flagged).isTrue();
		});
		String number = api.get(operator, "/api/v1/work-orders/{id}", id).get("number").asString();
		// listed by its number (linked to the order page) and its unit's name, not by the internal id and code
		String html = mvc.perform(get("/evaluation/reply-quality").with(TestActors.role(Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/work-orders/" + id + "\">" + number + "</a>")
			.contains(">威海市地方金融管理局<")
			.doesNotContain(">" + id + "<");
		// a supervisor of a district sees its orders' flags only (the order is in 环翠区, 371002)
		String other = mvc.perform(get("/evaluation/reply-quality").with(TestActors.as(new org.liandong.identity.Actor(
				"u-sv-wd", "sv-wd", "文登督办", Role.SUPERVISOR, null, "371003000000", java.util.Set.of()))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(other).doesNotContain(number).doesNotContain(id);
		String own = mvc.perform(get("/evaluation/reply-quality").with(TestActors.as(new org.liandong.identity.Actor(
				"u-sv-hc", "sv-hc", "环翠督办", Role.SUPERVISOR, null, "371002000000", java.util.Set.of()))))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(own).contains(number);
	}

	@Test
	void thePublicLeagueTableNeedsNoLoginAndShowsNoPersonalData() throws Exception {
		Api api = new Api(mvc);
		String id = revisiting(api, "经核实，已安排维修，路灯已恢复照明。");
		api.act(operator, id, "revisit", "{\"resolved\":true,\"satisfaction\":\"SATISFIED\"}");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/public/rankings"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("威海市地方金融管理局"))));
		String html = mvc.perform(get("/public/rankings")).andReturn().getResponse().getContentAsString();
		assertThat(html).doesNotContain("13900001111").doesNotContain("李四");
		// who is ranked, said on the page (a unit with few orders follows without a rank)
		assertThat(html).contains("排名只含本月派单不少于 5 件的单位和街道");
		// scores (综合得分) always with two decimals: 50.00, not 50.0
		var scores = java.util.regex.Pattern.compile("<td>(\\d+\\.\\d+)</td>").matcher(html).results()
			.map(m -> m.group(1)).toList();
		assertThat(scores).isNotEmpty().allMatch(score -> score.matches("\\d+\\.\\d{2}"));
	}

	@Test
	void theMonthlyReportsAreExcelAndPdfWithChineseText() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/evaluation/report.xlsx").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("单位排名");
			assertThat(book.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位代码");
			assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("名称");
		}
		byte[] pdf = mvc.perform(get("/api/v1/evaluation/report.pdf").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Files.write(java.nio.file.Path.of("target", "evaluation-report-sample.pdf"), pdf);
		try (var doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains("月度考核报告").contains("承办单位排名");
		}
	}

	@Test
	void theDashboardPageAndItsDataAnswerLeaders() throws Exception {
		mvc.perform(get("/evaluation/dashboard").with(TestActors.role(Role.LEADER)).param("month", "2026-11"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("echarts.min.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/js/evaluation-dashboard.js")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"data-url=\"/evaluation/dashboard/data?month=2026-11\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-rate-on-time=\"按期办结率\"")));
		var data = new Api(mvc).get(TestActors.role(Role.LEADER), "/api/v1/evaluation/dashboard");
		assertThat(data.has("trend")).isTrue();
		assertThat(data.has("points")).isTrue();
		mvc.perform(get("/evaluation/dashboard").with(TestActors.handler(UNIT))).andExpect(status().isForbidden());
	}

	@Test
	void theDashboardDataTakesThePageSessionOfTheDashboardsRoles() throws Exception {
		Api api = new Api(mvc);
		revisiting(api, "经核实，已安排维修，路灯已恢复照明。");
		for (Role role : new Role[] { Role.LEADER, Role.SUPERVISOR, Role.DISPATCHER }) {
			mvc.perform(get("/evaluation/dashboard/data").with(TestActors.role(role)))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith("application/json"));
			var data = api.get(TestActors.role(role), "/evaluation/dashboard/data");
			for (String field : new String[] { "month", "trend", "topItems", "districts", "overdue", "points" }) {
				assertThat(data.has(field)).as(field).isTrue();
			}
		}
		// the same JSON as the API's, from the same code (a month without activity: nothing moves meanwhile)
		String fromApi = mvc.perform(get("/api/v1/evaluation/dashboard").param("month", "2020-01")
			.with(TestActors.role(Role.LEADER))).andReturn().getResponse().getContentAsString();
		String fromPage = mvc.perform(get("/evaluation/dashboard/data").param("month", "2020-01")
			.with(TestActors.role(Role.LEADER))).andReturn().getResponse().getContentAsString();
		assertThat(fromPage).isEqualTo(fromApi).contains("\"month\":\"2020-01\"");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get(TestActors.role(Role.LEADER), "/evaluation/dashboard/data").get("trend").size())
			.isPositive());
		mvc.perform(get("/evaluation/dashboard/data").with(TestActors.admin())).andExpect(status().isOk());
		mvc.perform(get("/evaluation/dashboard/data").with(TestActors.handler(UNIT)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluation/dashboard/data").with(TestActors.role(Role.OPERATOR)))
			.andExpect(status().isForbidden());
		// a browser without a session is sent to the login page, as for every page; its script gets a 401
		mvc.perform(get("/evaluation/dashboard/data").accept("text/html"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/login"));
		mvc.perform(get("/evaluation/dashboard/data").accept("application/json"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void badQueriesAnswer400And404() throws Exception {
		mvc.perform(get("/api/v1/evaluation/rates?by=WEEK").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/evaluation/units?unit=NOPE").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/evaluation/units?from=2026-02-01&to=2026-01-01").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/evaluation/report.pdf?month=2026-13").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/evaluation/units")).andExpect(status().isUnauthorized());
		// months and days beyond four-digit years are refused, not stepped past java.time's range into a 500
		for (String month : List.of("+999999999-12", "-999999999-01", "+12026-01", "-2026-01", "9999-01",
				"1899-12")) {
			for (String path : List.of("/api/v1/evaluation/rankings", "/api/v1/evaluation/dashboard",
					"/api/v1/evaluation/report.xlsx")) {
				mvc.perform(get(path).param("month", month).with(TestActors.role(Role.LEADER)))
					.andExpect(status().isBadRequest())
					.andExpect(jsonPath("$.errors[0].field").value("month"));
			}
			mvc.perform(get("/public/rankings").param("month", month)).andExpect(status().isBadRequest());
		}
		mvc.perform(get("/api/v1/evaluation/units").param("from", "+999999999-12-31").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("from"));
		mvc.perform(get("/api/v1/evaluation/rates").param("to", "-999999999-01-01").with(TestActors.role(Role.LEADER)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		// a month still to come (the last one a period may name too) links back only
		mvc.perform(get("/public/rankings").param("month", "9998-12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("month=9998-11")))
			.andExpect(content().string(not(containsString("month=9999-01"))));
		java.time.YearMonth now = java.time.YearMonth.now(org.liandong.shared.Zones.CITY);
		mvc.perform(get("/public/rankings"))
			.andExpect(content().string(containsString("month=" + now.minusMonths(1))))
			.andExpect(content().string(not(containsString("month=" + now.plusMonths(1)))));
		mvc.perform(get("/public/rankings").param("month", now.minusMonths(1).toString()))
			.andExpect(content().string(containsString("month=" + now)));
	}

	@Test
	void aBadMonthOnAPageIsAnErrorPageInTheVisitorsLanguage() throws Exception {
		String zh = mvc.perform(get("/public/rankings?month=abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString();
		assertThat(zh).contains("月份格式不正确");
		String en = mvc.perform(get("/public/rankings?month=abc").cookie(new jakarta.servlet.http.Cookie("liandong-lang", "en")))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
		assertThat(en).contains("The month must look like 2026-11.");
		// the export panel (htmx) swaps the message in
		mvc.perform(post("/evaluation/exports").with(TestActors.role(Role.LEADER)).with(csrf())
			.header("HX-Request", "true").param("format", "XLSX").param("month", "2026-13"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string("月份格式不正确，应如 2026-11。"));
	}

	@Test
	void ratesAreGroupedByPeriodDistrictAndItem() throws Exception {
		Api api = new Api(mvc);
		revisiting(api, "经核实，已安排维修，路灯已恢复照明。");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			var months = api.get(TestActors.role(Role.LEADER), "/api/v1/evaluation/rates?by=MONTH&unit=" + UNIT
					+ "&from=2020-01-01&to=2100-01-01");
			assertThat(months.get("content").size()).isGreaterThanOrEqualTo(1);
			assertThat(months.get("content").get(0).get("key").asString()).matches("\\d{4}-\\d{2}");
			var districts = api.get(TestActors.role(Role.LEADER), "/api/v1/evaluation/rates?by=DISTRICT&unit=" + UNIT
					+ "&from=2020-01-01&to=2100-01-01");
			assertThat(districts.get("content").get(0).get("key").asString()).isEqualTo("371002000000");
			assertThat(districts.get("content").get(0).get("name").asString()).isEqualTo("环翠区");
		});
	}
}
