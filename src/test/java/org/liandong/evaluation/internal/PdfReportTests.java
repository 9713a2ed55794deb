package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF report's tables carry every rate, the return and reopen rates too. */
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
}
