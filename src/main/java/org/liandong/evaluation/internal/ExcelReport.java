package org.liandong.evaluation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;

/**
 * The monthly report as an Excel workbook: unit ranking, street ranking, districts, items. Every number is a numeric
 * cell so it can be sorted, summed and charted: counters as integers, rates as fractions shown with the format
 * {@code 0.0%} (an empty cell when a rate has no denominator), the score with {@code 0.00}. The second column is the
 * row's key (unit, region or item code).
 */
final class ExcelReport {

	static final String RATE = "0.0%";
	static final String SCORE = "0.00";
	static final String INTEGER = "0";
	private static final String HOURS = "0.00";
	private static final String WEIGHTED = "0.0###";

	/** One line of a sheet: a ranking entry or a rate row, with its rank (null for none). */
	private record Line(Integer rank, String key, String name, RateRow r, String rankingClass) {
	}

	/** One column: its header (zh-CN), the cell format (null for text) and the line's value (null: empty cell). */
	private record Column(String header, String format, Function<Line, Object> value) {
	}

	/** The columns after rank, code and name; the API field of each is in docs/evaluation.md. */
	private static final List<Column> FIGURES = List.of(new Column("派单", INTEGER, l -> l.r().dispatched()),
			new Column("及时签收", INTEGER, l -> l.r().signedOnTime()), new Column("响应", INTEGER, l -> l.r().responded()),
			new Column("答复", INTEGER, l -> l.r().replied()), new Column("按期答复", INTEGER, l -> l.r().repliedOnTime()),
			new Column("回访", INTEGER, l -> l.r().revisits()), new Column("解决", INTEGER, l -> l.r().resolved()),
			new Column("满意(加权)", WEIGHTED, l -> l.r().satisfactionWeighted()),
			new Column("退单", INTEGER, l -> l.r().returns()), new Column("重办", INTEGER, l -> l.r().reopens()),
			new Column("超期", INTEGER, l -> l.r().overdue()),
			new Column("平均办理时长(小时)", HOURS, l -> l.r().avgHandleHours()),
			new Column("签收及时率", RATE, l -> l.r().rates().sign()),
			new Column("响应率", RATE, l -> l.r().rates().response()),
			new Column("按期办结率", RATE, l -> l.r().rates().onTime()),
			new Column("解决率", RATE, l -> l.r().rates().resolution()),
			new Column("满意率", RATE, l -> l.r().rates().satisfaction()),
			new Column("退单率", RATE, l -> l.r().rates().returnRate()),
			new Column("重办率", RATE, l -> l.r().rates().reopenRate()), new Column("综合得分", SCORE, l -> l.r().score()),
			new Column("等次", null, Line::rankingClass));

	private ExcelReport() {
	}

	static byte[] render(MonthlyReport.Content c) {
		return render(c, ExportProgress.NONE);
	}

	/** Reports progress after each sheet and after writing the workbook (sheets by their share of the rows). */
	static byte[] render(MonthlyReport.Content c, ExportProgress progress) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Map<String, CellStyle> styles = new HashMap<>();
			// Writing the zipped workbook takes about as long as filling it: give it the last fifth.
			double total = Math.max(1, c.units().size() + c.streets().size() + c.districts().size() + c.items().size());
			int done = 0;
			progress.at(0);
			write(book, styles, "单位排名", "单位代码", ranked(c.units()));
			progress.at((int) (80 * (done += c.units().size()) / total));
			write(book, styles, "街镇排名", "区划代码", ranked(c.streets()));
			progress.at((int) (80 * (done += c.streets().size()) / total));
			write(book, styles, "区市", "区划代码", numbered(c.districts()));
			progress.at((int) (80 * (done += c.districts().size()) / total));
			write(book, styles, "事项", "事项代码", numbered(c.items()));
			progress.at(80);
			book.write(out);
			progress.at(100);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Line> ranked(List<RankingEntry> entries) {
		return entries.stream()
			.map(e -> new Line(e.rank(), e.key(), e.name(), e.rates(), MonthlyReport.className(e.rankingClass())))
			.toList();
	}

	/**
	 * Rate rows are numbered in their order (by score); the row without a key (no place, or no item) is not a
	 * district or an item: it comes last, without a number.
	 */
	private static List<Line> numbered(List<RateRow> rows) {
		List<Line> lines = new ArrayList<>();
		for (RateRow r : rows) {
			if (r.key() != null) {
				lines.add(new Line(lines.size() + 1, r.key(), r.name(), r, null));
			}
		}
		rows.stream().filter(r -> r.key() == null).forEach(r -> lines.add(new Line(null, null, r.name(), r, null)));
		return lines;
	}

	private static void write(XSSFWorkbook book, Map<String, CellStyle> styles, String name, String codeHeader,
			List<Line> lines) {
		Sheet sheet = book.createSheet(name);
		List<Column> columns = new ArrayList<>();
		columns.add(new Column("排名", INTEGER, Line::rank));
		columns.add(new Column(codeHeader, null, Line::key));
		columns.add(new Column("名称", null, l -> l.name() == null ? l.key() : l.name()));
		columns.addAll(FIGURES);
		Row head = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			head.createCell(i).setCellValue(columns.get(i).header());
		}
		sheet.createFreezePane(3, 1);
		sheet.setColumnWidth(1, 15 * 256);
		sheet.setColumnWidth(2, 28 * 256);
		int r = 1;
		for (Line line : lines) {
			Row row = sheet.createRow(r++);
			for (int i = 0; i < columns.size(); i++) {
				Column column = columns.get(i);
				Object v = column.value().apply(line);
				if (v instanceof Number n) {
					var cell = row.createCell(i);
					cell.setCellValue(n.doubleValue());
					cell.setCellStyle(styles.computeIfAbsent(column.format(), f -> style(book, f)));
				}
				else if (v != null && !v.toString().isEmpty()) {
					row.createCell(i).setCellValue(v.toString());
				}
			}
		}
	}

	private static CellStyle style(XSSFWorkbook book, String format) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.createDataFormat().getFormat(format));
		return style;
	}
}
