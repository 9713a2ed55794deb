package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.Rates;

/** The PDF report's tables carry every rate, the return and reopen rates too, and scores with two decimals. */
class PdfReportTests {

	@Test
	void theRankingsShowTheReturnAndReopenRates() throws Exception {
		try (var doc = Loader.loadPDF(PdfReport.render(ExcelReportTests.content()))) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("退单率").contains("重办率");
			// 威海市地方金融管理局: sign 93.8 %, response 81.3 %, ..., returns 12.5 %, reopens 10.0 %, on one line.
			assertThat(text.lines().filter(l -> l.contains("威海市地方金融管理局")))
				.singleElement()
				.satisfies(l -> assertThat(l).contains("93.8%").contains("81.3%").contains("12.5%").contains("10.0%"));
		}
	}

	@Test
	void everyScoreAndMeanHoursHaveTwoDecimals() throws Exception {
		var whole = new RateRow("GAJ", "威海市公安局", 5, 5, 5, 4, 4, 0, 0, 0, 0, 0, 0, 2.0,
				new Rates(1.0, 1.0, 1.0, null, null, 0.0, 0.0), 100.0);
		var zero = new RateRow("WJW", "威海市卫生健康委员会", 5, 0, 0, 4, 0, 4, 0, 0, 0, 0, 0, 12.5,
				new Rates(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0), 0.0);
		var content = new MonthlyReport.Content("威海市", YearMonth.of(2026, 11),
				List.of(new RankingEntry(1, "JRJ", ExcelReportTests.UNIT.name(), ExcelReportTests.UNIT, 80.0, null),
						new RankingEntry(2, "GAJ", whole.name(), whole, null, null),
						new RankingEntry(3, "WJW", zero.name(), zero, null, null)),
				List.of(), List.of(), List.of());
		try (var doc = Loader.loadPDF(PdfReport.render(content))) {
			List<String> lines = new PDFTextStripper().getText(doc).lines().toList();
			assertThat(line(lines, "威海市公安局")).contains(" 2.00 100.00");
			assertThat(line(lines, "威海市卫生健康委员会")).contains(" 12.50 0.00");
			assertThat(line(lines, "威海市地方金融管理局")).contains(" 30.50 83.19");
			assertThat(lines.stream().flatMap(l -> java.util.Arrays.stream(l.split("\\s+"))))
				.as("no number with one decimal but the percents")
				.noneMatch(token -> token.matches("\\d+\\.\\d"));
		}
	}

	static String line(List<String> lines, String name) {
		return lines.stream().filter(l -> l.contains(name)).findFirst().orElseThrow().strip();
	}
}
