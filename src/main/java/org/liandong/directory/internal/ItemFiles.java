package org.liandong.directory.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads and writes the responsibility list as CSV (UTF-8) or Excel (.xlsx), as records of text cells. */
final class ItemFiles {

	private ItemFiles() {
	}

	/** The file could not be read at all (not CSV, not a workbook, not UTF-8). */
	static final class UnreadableFile extends RuntimeException {

		UnreadableFile(String message) {
			super(message);
		}
	}

	static boolean isXlsx(String filename, byte[] content) {
		boolean zip = content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
		return zip || (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".xlsx"));
	}

	/** The records of a file, header first; Excel reads the first sheet. */
	static List<List<String>> read(String filename, byte[] content) {
		if (isXlsx(filename, content)) {
			return readXlsx(content);
		}
		List<List<String>> records = new ArrayList<>();
		Csv.parse(utf8(content)).forEach(r -> records.add(r.stream().map(ItemFiles::restored).toList()));
		return records;
	}

	/**
	 * A cell as written to CSV: one that a spreadsheet would take for a formula (it begins with {@code =}, {@code +},
	 * {@code -}, {@code @}, a tab or a carriage return) gets an apostrophe in front, which spreadsheets show as
	 * text (CSV injection, OWASP), as does one whose apostrophes come before such a character; {@link #restored}
	 * takes it off again on import, so that the file goes round.
	 * The workbook needs none of this: its cells are written as text.
	 */
	static String neutralised(String cell) {
		return cell != null && startsAsFormula(cell) ? "'" + cell : cell;
	}

	/**
	 * A CSV cell as imported: the apostrophe {@link #neutralised} put in front taken off. A cell that itself began
	 * with apostrophes before such a character got one more on export, so every cell reads back as it was.
	 */
	static String restored(String cell) {
		return cell.startsWith("'") && startsAsFormula(cell) ? cell.substring(1) : cell;
	}

	/** Whether the cell's first character after any apostrophes would start a formula. */
	private static boolean startsAsFormula(String cell) {
		int i = 0;
		while (i < cell.length() && cell.charAt(i) == '\'') {
			i++;
		}
		return i < cell.length() && FORMULA_START.indexOf(cell.charAt(i)) >= 0;
	}

	/** The first characters that make a spreadsheet read a CSV cell as a formula. */
	private static final String FORMULA_START = "=+-@\t\r";

	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new UnreadableFile("The file is not UTF-8 text (save the CSV as UTF-8, or upload .xlsx).");
		}
	}

	private static List<List<String>> readXlsx(byte[] content) {
		try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (wb.getNumberOfSheets() == 0) {
				throw new UnreadableFile("The workbook has no sheet.");
			}
			Sheet sheet = wb.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<List<String>> records = new ArrayList<>();
			for (int r = 0; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<String> cells = new ArrayList<>();
				if (row != null) {
					for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
						Cell cell = row.getCell(c);
						cells.add(cell == null ? "" : formatter.formatCellValue(cell));
					}
				}
				// keep blank rows as empty records so that row numbers match the sheet
				records.add(cells);
			}
			return records;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof UnreadableFile u) {
				throw u;
			}
			throw new UnreadableFile("The file is not a readable .xlsx workbook.");
		}
	}

	static byte[] csv(List<List<String>> rows) {
		StringBuilder sb = new StringBuilder("\uFEFF");
		rows.forEach(r -> sb.append(Csv.line(r.stream().map(ItemFiles::neutralised).toList())));
		return sb.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<List<String>> rows) {
		try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("items");
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					row.createCell(c).setCellValue(cells.get(c) == null ? "" : cells.get(c));
				}
			}
			sheet.createFreezePane(0, 1);
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
