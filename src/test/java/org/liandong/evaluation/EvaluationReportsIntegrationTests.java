package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.support.IntegrationTest;
import org.liandong.support.TestActors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;

/**
 * The same month's rates as the public league table, the Excel report and the PDF report show them. Each test writes
 * the read model's rows of a month of its own, long past, so no other test's orders are counted.
 */
@IntegrationTest
class EvaluationReportsIntegrationTests {

	static final String UNIT = "JRJ";
	static final String UNIT_NAME = "威海市地方金融管理局";
	static final String COMMUNITY = "371002003006";
	static final String STREET = "371002003000";
	static final String DISTRICT = "371002000000";
	static final String CITY = "371000000000";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor leader = TestActors.role(Role.LEADER);

	/**
	 * One order's dispatch to {@code unit} on {@code day}, placed in the community (its street and district by its
	 * code) or nowhere when null.
	 */
	void dispatch(LocalDate day, String unit, String community, boolean responded) {
		jdbc.update("INSERT INTO ev_fact (order_id, seq, unit_code, fact_day, region_code, district_code, street_code, "
				+ "item_code, dispatched, signed_on_time, responded, returns, replied, replied_on_time, handle_seconds, "
				+ "revisits, resolved, satisfied, basically_satisfied, dissatisfied, reopens, overdue) "
				+ "VALUES (?, 0, ?, ?, ?, ?, ?, NULL, 1, 1, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
				UUID.randomUUID().toString(), unit, java.sql.Date.valueOf(day), community,
				community == null ? null : community.substring(0, 6) + "000000",
				community == null ? null : community.substring(0, 9) + "000", responded ? 1 : 0);
	}

	/**
	 * One order's other acts on {@code day} (no dispatch): {@code overdue} handling breaches and {@code replied}
	 * replies of {@code unit}, the order of the item {@code item} (none when null) placed in {@code community}.
	 */
	void acts(LocalDate day, String unit, String community, String item, int overdue, int replied) {
		jdbc.update("INSERT INTO ev_fact (order_id, seq, unit_code, fact_day, region_code, district_code, street_code, "
				+ "item_code, dispatched, signed_on_time, responded, returns, replied, replied_on_time, handle_seconds, "
				+ "revisits, resolved, satisfied, basically_satisfied, dissatisfied, reopens, overdue) "
				+ "VALUES (?, 0, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, ?)",
				UUID.randomUUID().toString(), unit, java.sql.Date.valueOf(day), community,
				community.substring(0, 6) + "000000", community.substring(0, 9) + "000", item, replied, replied,
				overdue);
	}

	/** 13 of 16 dispatched orders answered within the response limit: 响应率 0.8125. */
	void thirteenOfSixteen(YearMonth month, String community) {
		for (int i = 0; i < 16; i++) {
			dispatch(month.atDay(2), UNIT, community, i < 13);
		}
	}

	byte[] report(String format, YearMonth month) throws Exception {
		return mvc.perform(get("/api/v1/evaluation/report." + format).param("month", month.toString()).with(leader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	static int column(Sheet sheet, String header) {
		for (var cell : sheet.getRow(0)) {
			if (header.equals(cell.getStringCellValue())) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("No column " + header + " in " + sheet.getSheetName());
	}

	static Row rowNamed(Sheet sheet, String name) {
		int names = column(sheet, "名称");
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && name.equals(row.getCell(names).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row " + name + " in " + sheet.getSheetName());
	}

	@Test
	void aRateIsRoundedHalfUpAlikeOnThePublicPageAndInBothReports() throws Exception {
		YearMonth month = YearMonth.of(2001, 1);
		thirteenOfSixteen(month, COMMUNITY);

		String html = mvc.perform(get("/public/rankings").param("month", month.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains(UNIT_NAME).contains("81.3%").doesNotContain("81.2%");

		try (var book = new XSSFWorkbook(new ByteArrayInputStream(report("xlsx", month)))) {
			Sheet units = book.getSheet("单位排名");
			var cell = rowNamed(units, UNIT_NAME).getCell(column(units, "响应率"));
			assertThat(cell.getNumericCellValue()).isEqualTo(0.8125);
			assertThat(new DataFormatter().formatCellValue(cell)).isEqualTo("81.3%");
		}
		try (var doc = Loader.loadPDF(report("pdf", month))) {
			assertThat(new PDFTextStripper().getText(doc)).contains(UNIT_NAME).contains("81.3%")
				.doesNotContain("81.2%");
		}
	}

	String page(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The table row of the page that names {@code name}, its cells' text. */
	static List<String> tableRow(String html, String name) {
		for (String tr : html.split("<tr")) {
			if (tr.contains(">" + name + "<")) {
				List<String> cells = new ArrayList<>();
				Matcher m = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr);
				while (m.find()) {
					cells.add(m.group(1).strip());
				}
				return cells;
			}
		}
		throw new AssertionError("No row " + name);
	}

	@Test
	void ordersWithoutAPlaceAreNamedUnplacedAndListedLastWithoutARank() throws Exception {
		YearMonth month = YearMonth.of(2001, 2);
		thirteenOfSixteen(month, COMMUNITY);
		// Enough orders to be ranked, all answered in time: by score they would come first.
		for (int i = 0; i < 6; i++) {
			dispatch(month.atDay(3), UNIT, null, true);
		}
		Api api = new Api(mvc);
		String range = "from=" + month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1);
		for (String by : List.of("DISTRICT", "STREET")) {
			JsonNode rows = api.get(leader, "/api/v1/evaluation/rates?by=" + by + "&" + range).get("content");
			JsonNode unplaced = null;
			for (JsonNode row : rows) {
				unplaced = row.get("key").isNull() ? row : unplaced;
			}
			assertThat(unplaced).as(by).isNotNull();
			assertThat(unplaced.get("name").asString()).isEqualTo("未定位");
			assertThat(unplaced.get("dispatched").asLong()).isEqualTo(6);
		}

		JsonNode streets = api.get(leader, "/api/v1/evaluation/rankings?kind=STREET&month=" + month);
		assertThat(streets.get(0).get("key").asString()).isEqualTo(STREET);
		assertThat(streets.get(0).get("rank").asInt()).isEqualTo(1);
		JsonNode last = streets.get(streets.size() - 1);
		assertThat(last.get("key").isNull()).isTrue();
		assertThat(last.get("name").asString()).isEqualTo("未定位");
		assertThat(last.get("rank").isNull()).isTrue();
		assertThat(last.get("rankingClass").isNull()).isTrue();

		JsonNode districts = api.get(leader, "/api/v1/evaluation/dashboard?month=" + month).get("districts");
		assertThat(districts.get(0).get("key").asString()).isEqualTo(DISTRICT);
		assertThat(districts.get(districts.size() - 1).get("key").isNull()).isTrue();

		String zh = page("/public/rankings", "month", month.toString());
		assertThat(zh.indexOf("竹岛街道")).isPositive().isLessThan(zh.indexOf(">未定位<"));
		assertThat(tableRow(zh, "未定位")).startsWith("—", "未定位", "6").doesNotContain("整改", "先进");
		assertThat(tableRow(zh, "竹岛街道")).startsWith("1", "竹岛街道", "16");
		String en = page("/public/rankings", "month", month.toString(), "lang", "en");
		assertThat(tableRow(en, "Unplaced")).startsWith("—", "Unplaced", "6");

		try (var book = new XSSFWorkbook(new ByteArrayInputStream(report("xlsx", month)))) {
			for (String name : List.of("区市", "街镇排名")) {
				Sheet sheet = book.getSheet(name);
				assertThat(sheet.getLastRowNum()).as(name).isEqualTo(2);
				Row first = sheet.getRow(1);
				assertThat(first.getCell(column(sheet, "排名")).getNumericCellValue()).as(name).isEqualTo(1);
				Row unplaced = sheet.getRow(2);
				assertThat(unplaced.getCell(column(sheet, "名称")).getStringCellValue()).as(name).isEqualTo("未定位");
				assertThat(unplaced.getCell(column(sheet, "排名"))).as(name + " rank").isNull();
				assertThat(unplaced.getCell(column(sheet, "区划代码"))).as(name + " code").isNull();
				assertThat(unplaced.getCell(column(sheet, "派单")).getNumericCellValue()).isEqualTo(6);
			}
		}
		try (var doc = Loader.loadPDF(report("pdf", month))) {
			assertThat(new PDFTextStripper().getText(doc).lines().filter(l -> l.contains("未定位")))
				.singleElement()
				.satisfies(l -> assertThat(l).startsWith("- 未定位 6 "));
		}
	}

	@Test
	void theCityAsRegionCountsTheOrdersWithoutAPlaceLikeNoRegionAtAll() throws Exception {
		YearMonth month = YearMonth.of(2001, 3);
		for (int i = 0; i < 5; i++) {
			dispatch(month.atDay(4), UNIT, COMMUNITY, true);
		}
		for (int i = 0; i < 3; i++) {
			dispatch(month.atDay(4), UNIT, null, false);
		}
		Api api = new Api(mvc);
		String range = "from=" + month.atDay(1) + "&to=" + month.plusMonths(1).atDay(1);
		JsonNode all = api.get(leader, "/api/v1/evaluation/units?" + range).get("content");
		JsonNode city = api.get(leader, "/api/v1/evaluation/units?" + range + "&region=" + CITY).get("content");
		JsonNode district = api.get(leader, "/api/v1/evaluation/units?" + range + "&region=" + DISTRICT).get("content");
		assertThat(city).isEqualTo(all);
		assertThat(city.get(0).get("dispatched").asLong()).isEqualTo(8);
		assertThat(district.get(0).get("dispatched").asLong()).isEqualTo(5);

		JsonNode byDistrict = api.get(leader, "/api/v1/evaluation/rates?by=DISTRICT&" + range + "&region=" + CITY)
			.get("content");
		assertThat(byDistrict).isEqualTo(api.get(leader, "/api/v1/evaluation/rates?by=DISTRICT&" + range)
			.get("content"));
		assertThat(byDistrict).extracting(r -> r.get("name").asString()).containsExactlyInAnyOrder("环翠区", "未定位");
		JsonNode inDistrict = api.get(leader, "/api/v1/evaluation/rates?by=DISTRICT&" + range + "&region=" + DISTRICT)
			.get("content");
		assertThat(inDistrict).extracting(r -> r.get("name").asString()).containsExactly("环翠区");
	}

	@Test
	void aDistrictsLeaderSeesTheDistrictsFiguresOnTheDashboardAndTheCitysLeaderTheCitys() throws Exception {
		YearMonth month = YearMonth.of(2001, 7);
		for (int i = 0; i < 4; i++) {
			dispatch(month.atDay(3), UNIT, COMMUNITY, true);
		}
		for (int i = 0; i < 3; i++) {
			dispatch(month.atDay(5), "CSGLJ", "371003001001", false); // 文登区
		}
		dispatch(month.atDay(5), "CSGLJ", null, false);
		acts(month.atDay(3), UNIT, COMMUNITY, null, 1, 0);
		acts(month.atDay(5), "CSGLJ", "371003001001", null, 2, 0);
		Api api = new Api(mvc);
		var districtLeader = TestActors.as(new org.liandong.identity.Actor("u-l-huancui", "l-huancui", "环翠区领导",
				Role.LEADER, null, DISTRICT, java.util.Set.of()));

		JsonNode own = api.get(districtLeader, "/api/v1/evaluation/dashboard?month=" + month);
		assertThat(own.get("districts")).extracting(r -> r.get("key").asString()).containsExactly(DISTRICT);
		assertThat(own.get("overdue")).extracting(r -> r.get("key").asString()).containsExactly(UNIT);
		assertThat(own.get("trend")).extracting(r -> r.get("dispatched").asLong()).containsExactly(4L);

		JsonNode city = api.get(leader, "/api/v1/evaluation/dashboard?month=" + month);
		assertThat(city.get("districts")).extracting(r -> r.get("key").isNull() ? null : r.get("key").asString())
			.containsExactlyInAnyOrder(DISTRICT, "371003000000", null);
		assertThat(city.get("overdue")).extracting(r -> r.get("key").asString()).containsExactly("CSGLJ", UNIT);
		assertThat(city.get("trend")).extracting(r -> r.get("dispatched").asLong()).containsExactly(4L, 4L);
	}

	@Test
	void theDashboardListsOnlyUnitsWithABreachAndItemsWithADispatch() throws Exception {
		YearMonth month = YearMonth.of(2001, 8);
		for (int i = 0; i < 3; i++) {
			dispatch(month.atDay(3), UNIT, COMMUNITY, true); // active, never overdue
		}
		acts(month.atDay(4), "CSGLJ", COMMUNITY, null, 2, 0);
		acts(month.atDay(5), "GAJ", COMMUNITY, null, 1, 0);
		acts(month.atDay(6), "ZJJ", COMMUNITY, "JG-0201", 0, 1); // a reply only: an item without a dispatch
		jdbc.update("UPDATE ev_fact SET item_code = 'CG-0101' WHERE fact_day = ? AND unit_code = ?",
				java.sql.Date.valueOf(month.atDay(3)), UNIT);

		JsonNode data = new Api(mvc).get(leader, "/api/v1/evaluation/dashboard?month=" + month);
		assertThat(data.get("overdue")).extracting(r -> r.get("key").asString()).containsExactly("CSGLJ", "GAJ");
		assertThat(data.get("overdue")).extracting(r -> r.get("overdue").asLong()).containsExactly(2L, 1L);
		assertThat(data.get("topItems")).extracting(r -> r.get("key").asString()).containsExactly("CG-0101");
		assertThat(data.get("topItems")).extracting(r -> r.get("dispatched").asLong()).containsExactly(3L);
	}
}
