package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.pdfbox.Loader;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.evaluation.RankingClass;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.Rates;

/** The report builders report their real steps as progress: from 0 to 100, never going down. */
class ExportProgressTests {

	static MonthlyReport.Content content(int units) {
		List<RankingEntry> entries = new ArrayList<>();
		for (int i = 0; i < units; i++) {
			RateRow row = new RateRow("U" + i, "单位" + i, 10, 9, 8, 7, 6, 5, 4, 3.8, 0, 1, 1, 12.5,
					new Rates(0.9, 0.8, 0.857, 0.8, 0.76, 0.0, 0.14), 80.0 + i % 20);
			entries.add(new RankingEntry(i + 1, row.key(), row.name(), row, 75.0, i == 0 ? RankingClass.ADVANCED : null));
		}
		List<RateRow> rows = entries.stream().map(RankingEntry::rates).toList();
		return new MonthlyReport.Content("威海市", YearMonth.of(2026, 11), entries, entries.subList(0, units / 2),
				rows.subList(0, 7), rows);
	}

	static List<Integer> progressOf(Function<ExportProgress, byte[]> builder) {
		List<Integer> seen = new ArrayList<>();
		builder.apply(seen::add);
		return seen;
	}

	@Test
	void theExcelBuilderReportsItsSheetsInIncreasingOrderUpTo100() throws Exception {
		var c = content(300);
		List<Integer> seen = progressOf(p -> ExcelReport.render(c, p));
		assertThat(seen).isSorted().startsWith(0).endsWith(100);
		assertThat(seen.stream().distinct().count()).isGreaterThanOrEqualTo(5);
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(ExcelReport.render(c, ExportProgress.NONE)))) {
			assertThat(book.getSheet("单位排名").getLastRowNum()).isEqualTo(300);
		}
	}

	@Test
	void thePdfBuilderReportsBlocksOfRowsInIncreasingOrderUpTo100() throws Exception {
		var c = content(300);
		List<Integer> seen = progressOf(p -> PdfReport.render(c, p));
		assertThat(seen).isSorted().startsWith(0).endsWith(100);
		// 450 rows in blocks of 50, plus the start, the last row and the save.
		assertThat(seen.stream().distinct().count()).isGreaterThanOrEqualTo(10);
		try (var doc = Loader.loadPDF(PdfReport.render(c, ExportProgress.NONE))) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(1);
		}
	}

	@Test
	void aProgressWithinASpanMapsOntoThatSpan() {
		List<Integer> seen = new ArrayList<>();
		ExportProgress outer = seen::add;
		ExportProgress inner = outer.within(60, 99);
		inner.at(0);
		inner.at(50);
		inner.at(100);
		inner.at(150);
		assertThat(seen).containsExactly(60, 79, 99, 99);
	}
}
