package org.liandong.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * The whistle page forms follow the API's rules: whatever a form sends, the page answers with a readable message in
 * the user's language (never a server error), and nothing is stored.
 */
@IntegrationTest
class WhistlePagesWebTests {

	static final String STREET = LinkageApi.STREET;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	LinkageApi api;
	RequestPostProcessor operator = TestActors.role(Role.OPERATOR);
	RequestPostProcessor dispatcher = TestActors.role(Role.DISPATCHER);
	RequestPostProcessor street = TestActors.handler(STREET);
	RequestPostProcessor cityManagement = TestActors.handler("CSGLJ");

	@BeforeEach
	void setUp() {
		api = new LinkageApi(mvc);
	}

	String whistle() throws Exception {
		String order = api.dispatchedOrder(operator, dispatcher);
		return api.read(api.post(street, "/api/v1/whistles", """
				{"type":"DAILY","workOrderId":"%s","description":"联合处置","summonedUnitCodes":["CSGLJ"]}"""
			.formatted(order))).get("id").asString();
	}

	/** Posts a form that must be refused: back to {@code page} with an error and its details. */
	MvcResult refused(RequestPostProcessor who, String path, String page, Map<String, String> form) throws Exception {
		var request = post(path).with(who).with(csrf());
		form.forEach(request::param);
		return mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attributeExists("error", "errorDetails"))
			.andReturn();
	}

	long whistlesDescribed(String description) {
		return jdbc.sql("SELECT COUNT(*) FROM lk_whistle WHERE description = :d").param("d", description)
			.query(Long.class).single();
	}

	@Test
	void theWhistlePagesNameTheUnitsAndKeepTheirCodesAtHand() throws Exception {
		String id = whistle();
		String page = mvc.perform(get("/whistles/{id}", id).with(dispatcher))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// the blowing street office, and the summoned department that has not reported yet, by name
		assertThat(page).contains(">竹岛街道办事处<", ">威海市城市管理局<", "title=\"CSGLJ\"")
			.doesNotContain(">CSGLJ<", ">" + STREET + "<");
		// its timeline: the blowing note with the type's label and the units' names, the actor's unit by name
		assertThat(page).contains("日常哨，召集 威海市城市管理局").doesNotContain("DAILY → ", "· " + STREET + "<");
		String list = mvc.perform(get("/whistles").with(dispatcher))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list).contains(">竹岛街道办事处<").doesNotContain(">" + STREET + "<");
	}

	@Test
	void aBlowFormWithoutTypeOrWithAnOverLongDescriptionIsRefusedOnThePage() throws Exception {
		String marker = "页面吹哨 " + UUID.randomUUID();
		refused(street, "/whistles", "/whistles", Map.of("description", marker, "summonedUnitCodes", "UT-GAS"));
		refused(street, "/whistles", "/whistles", Map.of("type", "LOUD", "description", marker,
				"summonedUnitCodes", "UT-GAS"));
		String tooLong = marker + "长".repeat(4000);
		refused(street, "/whistles", "/whistles", Map.of("type", "DAILY", "description", tooLong,
				"summonedUnitCodes", "UT-GAS"));
		assertThat(whistlesDescribed(marker) + whistlesDescribed(tooLong)).isZero();
	}

	@Test
	void reportCloseAndRateFormsThatBreakTheRulesAreRefusedOnThePage() throws Exception {
		String id = whistle();
		String page = "/whistles/" + id;
		refused(cityManagement, page + "/report", page, Map.of("note", "到场"));
		refused(cityManagement, page + "/report", page, Map.of("unitCode", "CSGLJ", "note", "  "));
		refused(street, page + "/close", page, Map.of("note", ""));
		refused(street, page + "/close", page, Map.of("note", "长".repeat(3000)));
		JsonNode w = api.read(api.get(street, "/api/v1/whistles/{id}", id));
		assertThat(w.get("status").asString()).isEqualTo("OPEN");
		assertThat(w.get("reports")).isEmpty();

		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", id);
		refused(street, page + "/rate", page, Map.of("score", "3"));
		refused(street, page + "/rate", page, Map.of("unitCode", "CSGLJ", "score", "9"));
		refused(street, page + "/rate", page, Map.of("unitCode", "CSGLJ", "score", "3.5"));
		refused(street, page + "/rate", page, Map.of("unitCode", "CSGLJ"));
		assertThat(api.read(api.get(street, "/api/v1/whistles/{id}", id)).get("ratings")).isEmpty();
		// the units to rate are offered by name
		assertThat(mvc.perform(get(page).with(street)).andReturn().getResponse().getContentAsString())
			.contains("<option value=\"CSGLJ\">威海市城市管理局</option>");
	}

	@Test
	void theRefusalReadsInChineseFirstAndInEnglishOnRequest() throws Exception {
		String id = whistle();
		String page = "/whistles/" + id;
		MvcResult refusal = refused(street, page + "/close", page, Map.of("note", " "));
		@SuppressWarnings("unchecked")
		List<String> details = (List<String>) refusal.getFlashMap().get("errorDetails");
		assertThat(details).singleElement().asString().startsWith("说明：");
		mvc.perform(get(page).with(street).flashAttrs(refusal.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未保存：请检查填写的内容")));

		MvcResult english = refused(street, page + "/close?lang=en", page, Map.of("note", " "));
		@SuppressWarnings("unchecked")
		List<String> englishDetails = (List<String>) english.getFlashMap().get("errorDetails");
		assertThat(englishDetails).singleElement().asString().startsWith("Note: ");
		assertThat(english.getFlashMap().get("error")).isEqualTo("Not saved: please check the form");
	}

	@Test
	void aRefusedBlowComesBackAsTypedTiedToItsOrderWithTheReasonInChinese() throws Exception {
		String order = api.dispatchedOrder(operator, dispatcher);
		String marker = "联合处置 " + UUID.randomUUID();
		MvcResult unknown = mvc.perform(post("/whistles").with(street).with(csrf())
			.param("type", "KEY_TASK")
			.param("workOrderId", order)
			.param("summonedUnitCodes", "NOPE")
			.param("description", marker))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/whistles?workOrderId=" + order))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> details = (List<String>) unknown.getFlashMap().get("errorDetails");
		assertThat(details).singleElement().asString().isEqualTo("召集单位：单位 NOPE 不存在");
		String orderNumber = api.read(api.get(operator, "/api/v1/work-orders/{id}", order)).get("number").asString();
		mvc.perform(get("/whistles").param("workOrderId", order).with(street).flashAttrs(unknown.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + orderNumber + "\"")))
			.andExpect(content().string(containsString("value=\"NOPE\"")))
			.andExpect(content().string(containsString(marker + "</textarea>")))
			.andExpect(content().string(containsString("<option value=\"KEY_TASK\" selected=\"selected\"")));

		MvcResult itself = mvc.perform(post("/whistles").with(street).with(csrf())
			.param("type", "DAILY")
			.param("workOrderId", order)
			.param("summonedUnitCodes", STREET)
			.param("description", marker)).andReturn();
		@SuppressWarnings("unchecked")
		List<String> itselfDetails = (List<String>) itself.getFlashMap().get("errorDetails");
		assertThat(itselfDetails).singleElement().asString().isEqualTo("召集单位：不能召集本单位。");
		assertThat(whistlesDescribed(marker)).isZero();

		// blown on the order, the whistle's page names the order by its number and links to it
		String id = api.read(api.post(street, "/api/v1/whistles", "{\"type\":\"DAILY\",\"workOrderId\":\"" + order
				+ "\",\"description\":\"" + marker + "\",\"summonedUnitCodes\":[\"CSGLJ\"]}")).get("id").asString();
		String number = api.read(api.get(operator, "/api/v1/work-orders/{id}", order)).get("number").asString();
		mvc.perform(get("/whistles/{id}", id).with(street)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/work-orders/" + order + "\">" + number + "</a>")));
	}

	@Test
	void aRefusedReportCloseOrRatingComesBackAsTyped() throws Exception {
		String id = whistle();
		String page = "/whistles/" + id;
		// a report with only its latitude: refused, and the note and both coordinates come back in the report form
		MvcResult report = refused(cityManagement, page + "/report", page,
				Map.of("unitCode", "CSGLJ", "note", "网格员已到场", "lat", "37.5", "lon", ""));
		assertThat(report.getFlashMap().get("errorDetails")).asString().contains("纬度：");
		String shown = mvc.perform(get(page).with(cityManagement).flashAttrs(report.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(shown).contains(">网格员已到场</textarea>", "name=\"lat\"", "value=\"37.5\"");
		// a report with an unreadable longitude keeps it too
		MvcResult degrees = refused(cityManagement, page + "/report", page,
				Map.of("unitCode", "CSGLJ", "note", "到场", "lat", "37.5", "lon", "东经122"));
		assertThat(mvc.perform(get(page).with(cityManagement).flashAttrs(degrees.getFlashMap()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("value=\"东经122\"");

		// a close note too long: back in the close form
		String longNote = "已处置" + "长".repeat(3000);
		MvcResult close = refused(street, page + "/close", page, Map.of("note", longNote));
		assertThat(mvc.perform(get(page).with(street).flashAttrs(close.getFlashMap()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains(">" + longNote + "</textarea>");
		// without a refusal, the forms are empty
		assertThat(mvc.perform(get(page).with(street)).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("required></textarea>");

		// a rating with a score out of range: the unit, the comment (and no invented score) come back
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", id);
		MvcResult rate = refused(street, page + "/rate", page,
				Map.of("unitCode", "CSGLJ", "score", "9", "comment", "响应迅速"));
		String rated = mvc.perform(get(page).with(street).flashAttrs(rate.getFlashMap()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(rated).contains("<option value=\"CSGLJ\" selected=\"selected\">威海市城市管理局</option>",
				"name=\"comment\" value=\"响应迅速\"");
		MvcResult low = refused(street, page + "/rate", page,
				Map.of("unitCode", "NOPE", "score", "2", "comment", "迟到"));
		assertThat(mvc.perform(get(page).with(street).flashAttrs(low.getFlashMap()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("<option value=\"2\" selected=\"selected\">2</option>", "value=\"迟到\"");
	}

	@Test
	void theBlowFormNamesItsOrderByNumberAndTakesANumberOrAnId() throws Exception {
		String order = api.dispatchedOrder(operator, dispatcher);
		String number = api.read(api.get(operator, "/api/v1/work-orders/{id}", order)).get("number").asString();
		// from the order page (which links with the id): the form shows the number, not the id
		String form = mvc.perform(get("/whistles").param("workOrderId", order).with(street))
			.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(form).contains("name=\"workOrderId\" value=\"" + number + "\"").doesNotContain(order);

		// a number typed in: the whistle is blown on that order
		String marker = "按编号吹哨 " + UUID.randomUUID();
		mvc.perform(post("/whistles").with(street).with(csrf()).param("type", "DAILY").param("workOrderId", number)
			.param("summonedUnitCodes", "CSGLJ").param("description", marker))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT work_order_id FROM lk_whistle WHERE description = :d").param("d", marker)
			.query(String.class).single()).isEqualTo(order);
		// the id, as a form posted before still sends it
		String byId = "按编号吹哨 " + UUID.randomUUID();
		mvc.perform(post("/whistles").with(street).with(csrf()).param("type", "DAILY").param("workOrderId", order)
			.param("summonedUnitCodes", "CSGLJ").param("description", byId))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT work_order_id FROM lk_whistle WHERE description = :d").param("d", byId)
			.query(String.class).single()).isEqualTo(order);

		// the number typed in lower case is the number
		String lower = "按编号吹哨 " + UUID.randomUUID();
		mvc.perform(post("/whistles").with(street).with(csrf()).param("type", "DAILY")
			.param("workOrderId", number.toLowerCase(java.util.Locale.ROOT))
			.param("summonedUnitCodes", "CSGLJ").param("description", lower))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("SELECT work_order_id FROM lk_whistle WHERE description = :d").param("d", lower)
			.query(String.class).single()).isEqualTo(order);

		// an unknown number: refused, said on the page, and the form comes back with the number as typed
		String unknownNumber = "WH20991231999999";
		String refusedMarker = "未知工单 " + UUID.randomUUID();
		MvcResult refused = refused(street, "/whistles", "/whistles?workOrderId=" + unknownNumber,
				Map.of("type", "DAILY", "workOrderId", unknownNumber, "summonedUnitCodes", "CSGLJ", "description",
						refusedMarker));
		assertThat(whistlesDescribed(refusedMarker)).isZero();
		mvc.perform(get("/whistles").param("workOrderId", unknownNumber).with(street)
			.flashAttrs(refused.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("找不到工单 " + unknownNumber + "。")))
			.andExpect(content().string(containsString("value=\"" + unknownNumber + "\"")))
			.andExpect(content().string(containsString(refusedMarker + "</textarea>")));
		MvcResult english = refused(street, "/whistles?lang=en", "/whistles?workOrderId=" + unknownNumber,
				Map.of("type", "DAILY", "workOrderId", unknownNumber, "summonedUnitCodes", "CSGLJ", "description",
						refusedMarker));
		assertThat(english.getFlashMap().get("errorDetails")).asString()
			.contains("Work order " + unknownNumber + " was not found.");
	}

	/** The cells of a unit's row in the statistics table of {@code /whistles}, as shown. */
	List<String> statisticsRow(RequestPostProcessor who, String unitName) throws Exception {
		String page = mvc.perform(get("/whistles").with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		String table = page.substring(page.lastIndexOf("<table>"));
		java.util.regex.Matcher row = java.util.regex.Pattern
			.compile("<tr>\\s*<td>" + unitName + "</td>(.*?)</tr>", java.util.regex.Pattern.DOTALL).matcher(table);
		assertThat(row.find()).as("a row of " + unitName).isTrue();
		List<String> cells = new java.util.ArrayList<>(List.of(unitName));
		java.util.regex.Matcher cell = java.util.regex.Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
		while (cell.find()) {
			cells.add(cell.group(1));
		}
		return cells;
	}

	static String percent(JsonNode rate) {
		return rate.isNull() ? "—" : java.math.BigDecimal.valueOf(rate.asDouble()).movePointRight(2)
			.setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
	}

	@Test
	void theStatisticsShowTheWhistleRateAsAPercentAndTheAverageRatingWithOneDecimal() throws Exception {
		String id = whistle();
		api.post(cityManagement, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\",\"note\":\"已到场\"}", id);
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", id);
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":4}", id);

		// a handler sees their own unit's row: the whistle rate as 50.0%, not 0.5 (outside check, 2026-11-29)
		JsonNode mine = api.read(api.get(street, "/api/v1/whistles/statistics")).get(0);
		assertThat(mine.get("whistleRate").asDouble()).isPositive();
		List<String> row = statisticsRow(street, "竹岛街道办事处");
		assertThat(row.get(3)).isEqualTo(percent(mine.get("whistleRate"))).matches("\\d+\\.\\d%");
		assertThat(row.get(8)).as("never rated").isEqualTo("—");

		JsonNode rated = api.read(api.get(cityManagement, "/api/v1/whistles/statistics")).get(0);
		List<String> cells = statisticsRow(cityManagement, "威海市城市管理局");
		assertThat(cells.get(3)).isEqualTo(percent(rated.get("whistleRate")));
		assertThat(cells.get(8)).matches("[1-5]\\.\\d").isEqualTo(java.math.BigDecimal
			.valueOf(rated.get("averageRating").asDouble()).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
	}

	@Test
	void aSecondReportOrRatingIsRefusedInTheUsersLanguage() throws Exception {
		String id = whistle();
		String page = "/whistles/" + id;
		api.post(cityManagement, "/api/v1/whistles/{id}/report", "{\"unitCode\":\"CSGLJ\",\"note\":\"已到场\"}", id)
			.andExpect(status().isOk());
		MvcResult twice = refused(cityManagement, page + "/report", page, Map.of("unitCode", "CSGLJ", "note", "再报"));
		assertThat(twice.getFlashMap().get("errorDetails")).asString().contains("单位 威海市城市管理局 已经报到。");
		MvcResult english = refused(cityManagement, page + "/report?lang=en", page,
				Map.of("unitCode", "CSGLJ", "note", "again"));
		assertThat(english.getFlashMap().get("errorDetails")).asString().contains("Unit 威海市城市管理局 has already reported.");
		api.post(street, "/api/v1/whistles/{id}/close", "{\"note\":\"已处置\"}", id);
		api.post(street, "/api/v1/whistles/{id}/rate", "{\"unitCode\":\"CSGLJ\",\"score\":4}", id);
		MvcResult rated = refused(street, page + "/rate", page, Map.of("unitCode", "CSGLJ", "score", "5"));
		assertThat(rated.getFlashMap().get("errorDetails")).asString().contains("单位 威海市城市管理局 已经评价过。");
	}
}
