package org.liandong.triage.internal.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads labelled texts from a CSV with a header row. When the text column is missing but the file has the Teddy
 * Cup columns 留言主题 and 留言详情, the text is the two concatenated (the way the `text` column was built).
 */
public final class LabelledCsv {

	static final String TITLE = "留言主题";

	static final String DETAIL = "留言详情";

	/** A label is a domain's name (一级标签: 城乡建设, 环境保护, …), shown on pages and in the model's figures. */
	static final int MAX_LABEL = 50;

	private LabelledCsv() {
	}

	public static List<LabelledText> read(Path file, String textColumn, String labelColumn) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return read(reader, textColumn, labelColumn);
		}
	}

	public static List<LabelledText> read(Reader reader, String textColumn, String labelColumn) throws IOException {
		List<List<String>> rows = Csv.read(reader);
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("empty CSV");
		}
		List<String> header = rows.get(0).stream().map(String::strip).toList();
		int text = header.indexOf(textColumn);
		int title = header.indexOf(TITLE);
		int detail = header.indexOf(DETAIL);
		int label = header.indexOf(labelColumn);
		if (label < 0) {
			throw new IllegalArgumentException("no label column '" + labelColumn + "' in " + header);
		}
		if (text < 0 && (title < 0 || detail < 0)) {
			throw new IllegalArgumentException("no text column '" + textColumn + "' (nor " + TITLE + " and " + DETAIL
					+ ") in " + header);
		}
		List<LabelledText> out = new ArrayList<>();
		for (int r = 1; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			String l = cell(row, label).strip();
			if (l.length() > MAX_LABEL || l.chars().anyMatch(Character::isISOControl)) {
				throw new IllegalArgumentException("row " + (r + 1) + ": the label is not a domain's name (at most "
						+ MAX_LABEL + " characters, no control characters)");
			}
			String t = text >= 0 ? cell(row, text) : "";
			if (t.isBlank() && title >= 0 && detail >= 0) {
				t = cell(row, title) + cell(row, detail);
			}
			if (!l.isEmpty() && !t.isBlank()) {
				out.add(new LabelledText(t, l));
			}
		}
		return out;
	}

	private static String cell(List<String> row, int index) {
		return index >= 0 && index < row.size() ? row.get(index) : "";
	}
}
