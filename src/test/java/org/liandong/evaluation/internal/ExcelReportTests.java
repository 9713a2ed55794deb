package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.evaluation.RankingClass;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.Rates;

/** The Excel report's sheets hold numbers a spreadsheet can sort and sum, keyed by code. */
class ExcelReportTests {

	static final RateRow UNIT = new RateRow("JRJ", "威海市地方金融管理局", 16, 15, 13, 10, 9, 8, 6, 7.4, 2, 1, 3, 30.5,
			new Rates(0.9375, 0.8125, 0.9, 0.75, 0.925, 0.125, 0.1), 83.19);
	static final RateRow STREET = new RateRow("371002003000", "竹岛街道", 16, 15, 13, 10, 9, 8, 6, 7.4, 2, 1, 3, 30.5,
			new Rates(0.9375, 0.8125, 0.9, 0.75, 0.925, 0.125, 0.1), 83.19);
	static final RateRow DISTRICT = new RateRow("371002000000", "环翠区", 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, null,
			new Rates(1.0, 1.0, null, null, null, 0.0, null), 100.0);
	static final RateRow ITEM = new RateRow("JG-0201", "期货基金", 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, null,
			new Rates(1.0, 1.0, null, null, null, 0.0, null), 100.0);

	static MonthlyReport.Content content() {
		return new MonthlyReport.Content("威海市", YearMonth.of(2026, 11),
				List.of(new RankingEntry(1, UNIT.key(), UNIT.name(), UNIT, 80.0, RankingClass.ADVANCED)),
				List.of(new RankingEntry(1, STREET.key(), STREET.name(), STREET, null, null)), List.of(DISTRICT),
				List.of(ITEM));
	}

	static XSSFWorkbook book() throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(ExcelReport.render(content())));
	}

	static List<String> headers(Sheet sheet) {
		List<String> headers = new ArrayList<>();
		sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
		return headers;
	}

	static Cell cell(Sheet sheet, int row, String header) {
		return sheet.getRow(row).getCell(headers(sheet).indexOf(header));
	}

	@Test
	void theSheetsKeepTheirNamesAndEachRowHasItsCodeBesideItsName() throws Exception {
		try (var book = book()) {
			assertThat(book.sheetIterator()).toIterable()
				.extracting(Sheet::getSheetName)
				.containsExactly("单位排名", "街镇排名", "区市", "事项");
			assertThat(headers(book.getSheet("单位排名"))).startsWith("排名", "单位代码", "名称");
			assertThat(headers(book.getSheet("街镇排名"))).startsWith("排名", "区划代码", "名称");
			assertThat(headers(book.getSheet("区市"))).startsWith("排名", "区划代码", "名称");
			assertThat(headers(book.getSheet("事项"))).startsWith("排名", "事项代码", "名称");
			assertThat(cell(book.getSheet("单位排名"), 1, "单位代码").getStringCellValue()).isEqualTo("JRJ");
			// A region code stays text: twelve digits are an identifier, not a quantity.
			assertThat(cell(book.getSheet("街镇排名"), 1, "区划代码").getStringCellValue()).isEqualTo("371002003000");
			assertThat(cell(book.getSheet("区市"), 1, "区划代码").getStringCellValue()).isEqualTo("371002000000");
			assertThat(cell(book.getSheet("事项"), 1, "事项代码").getStringCellValue()).isEqualTo("JG-0201");
		}
	}

	@Test
	void ratesAreNumbersShownAsPercentsIncludingTheReturnAndReopenRates() throws Exception {
		try (var book = book()) {
			Sheet units = book.getSheet("单位排名");
			assertThat(headers(units)).containsSubsequence("签收及时率", "响应率", "按期办结率", "解决率", "满意率", "退单率", "重办率",
					"综合得分");
			Object[][] expected = { { "签收及时率", 0.9375, "93.8%" }, { "响应率", 0.8125, "81.3%" },
					{ "退单率", 0.125, "12.5%" }, { "重办率", 0.1, "10.0%" } };
			for (Object[] e : expected) {
				Cell c = cell(units, 1, (String) e[0]);
				assertThat(c.getCellType()).as((String) e[0]).isEqualTo(CellType.NUMERIC);
				assertThat(c.getNumericCellValue()).isEqualTo((double) e[1]);
				assertThat(c.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
				assertThat(new DataFormatter().formatCellValue(c)).isEqualTo(e[2]);
			}
		}
	}

	@Test
	void theScoreAndTheCountersAreNumbersAndARateWithoutDenominatorIsAnEmptyCell() throws Exception {
		try (var book = book()) {
			Sheet units = book.getSheet("单位排名");
			Cell score = cell(units, 1, "综合得分");
			assertThat(score.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(score.getNumericCellValue()).isEqualTo(83.19);
			assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.00");
			// a whole score shows its two decimals, as the PDF and the public page do
			Sheet districts = book.getSheet("区市");
			assertThat(new DataFormatter().formatCellValue(cell(districts, 1, "综合得分"))).isEqualTo("100.00");
			assertThat(new DataFormatter().formatCellValue(cell(units, 1, "平均办理时长(小时)"))).isEqualTo("30.50");
			for (String counter : List.of("派单", "及时签收", "响应", "退单", "重办", "超期")) {
				assertThat(cell(units, 1, counter).getCellType()).as(counter).isEqualTo(CellType.NUMERIC);
			}
			assertThat(cell(units, 1, "派单").getNumericCellValue()).isEqualTo(16);
			assertThat(cell(units, 1, "排名").getNumericCellValue()).isEqualTo(1);
			Row district = book.getSheet("区市").getRow(1);
			Cell onTime = district.getCell(headers(book.getSheet("区市")).indexOf("按期办结率"));
			assertThat(onTime == null || onTime.getCellType() == CellType.BLANK).isTrue();
		}
	}
}
