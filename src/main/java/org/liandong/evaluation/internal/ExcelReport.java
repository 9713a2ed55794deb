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
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ranking(book.createSheet("单位排名"), c.units());
			ranking(book.createSheet("街镇排名"), c.streets());
			rates(book.createSheet("区市"), c.districts());
			rates(book.createSheet("事项"), c.items());
			book.write(out);
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
