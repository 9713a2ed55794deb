package org.liandong.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

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

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor leader = TestActors.role(Role.LEADER);

	/** One order's dispatch to {@code unit} on {@code day}, placed in the community (or nowhere when null). */
	void dispatch(LocalDate day, String unit, String community, boolean responded) {
		jdbc.update("INSERT INTO ev_fact (order_id, seq, unit_code, fact_day, region_code, district_code, street_code, "
				+ "item_code, dispatched, signed_on_time, responded, returns, replied, replied_on_time, handle_seconds, "
				+ "revisits, resolved, satisfied, basically_satisfied, dissatisfied, reopens, overdue) "
				+ "VALUES (?, 0, ?, ?, ?, ?, ?, NULL, 1, 1, ?, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)",
				UUID.randomUUID().toString(), unit, java.sql.Date.valueOf(day), community,
				community == null ? null : DISTRICT, community == null ? null : STREET, responded ? 1 : 0);
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
}
