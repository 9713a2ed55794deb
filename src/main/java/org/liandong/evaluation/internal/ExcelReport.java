package org.liandong.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;

/** The monthly report as an Excel workbook: unit ranking, street ranking, districts, items. */
final class ExcelReport {

	private ExcelReport() {
	}

	static byte[] render(MonthlyReport.Content c) {
		return render(c, ExportProgress.NONE);
	}

	/** Reports progress after each sheet and after writing the workbook (sheets by their share of the rows). */
	static byte[] render(MonthlyReport.Content c, ExportProgress progress) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// Writing the zipped workbook takes about as long as filling it: give it the last fifth.
			double total = Math.max(1, c.units().size() + c.streets().size() + c.districts().size() + c.items().size());
			int done = 0;
			progress.at(0);
			ranking(book.createSheet("单位排名"), c.units());
			progress.at((int) (80 * (done += c.units().size()) / total));
			ranking(book.createSheet("街镇排名"), c.streets());
			progress.at((int) (80 * (done += c.streets().size()) / total));
			rates(book.createSheet("区市"), c.districts());
			progress.at((int) (80 * (done += c.districts().size()) / total));
			rates(book.createSheet("事项"), c.items());
			progress.at(80);
			book.write(out);
			progress.at(100);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void ranking(Sheet sheet, List<RankingEntry> entries) {
		header(sheet);
		int i = 1;
		for (RankingEntry e : entries) {
			row(sheet.createRow(i++), MonthlyReport.cells(e.rank(), e.name(), e.rates(),
					MonthlyReport.className(e.rankingClass())));
		}
	}

	private static void rates(Sheet sheet, List<RateRow> rows) {
		header(sheet);
		int i = 1;
		for (RateRow r : rows) {
			row(sheet.createRow(i), MonthlyReport.cells(i, r.name(), r, ""));
			i++;
		}
	}

	private static void header(Sheet sheet) {
		Row h = sheet.createRow(0);
		for (int i = 0; i < MonthlyReport.HEADERS.size(); i++) {
			h.createCell(i).setCellValue(MonthlyReport.HEADERS.get(i));
		}
		sheet.createFreezePane(2, 1);
	}

	private static void row(Row row, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			Object v = cells.get(i);
			if (v instanceof Number n) {
				row.createCell(i).setCellValue(n.doubleValue());
			}
			else if (v != null) {
				row.createCell(i).setCellValue(v.toString());
			}
		}
	}
}
