package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated, fields with commas, quotes or line breaks quoted, quotes doubled. Reading accepts
 * a UTF-8 byte-order mark, CRLF or LF line ends and a missing final line end.
 */
final class Csv {

	private Csv() {
	}

	/** All records of a CSV text, each a list of fields; blank lines are skipped. */
	static List<List<String>> parse(String text) {
		String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
					i++;
				}
				endRecord(records, record, field, fieldStarted);
				record = new ArrayList<>();
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
			i++;
		}
		endRecord(records, record, field, fieldStarted);
		return records;
	}

	private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
			boolean fieldStarted) {
		if (fieldStarted || !record.isEmpty()) {
			record.add(field.toString());
			records.add(record);
		}
		field.setLength(0);
	}

	/** One CSV line (with CRLF) for the given fields. */
	static String line(List<String> fields) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			String f = fields.get(i) == null ? "" : fields.get(i);
			if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
				sb.append('"').append(f.replace("\"", "\"\"")).append('"');
			}
			else {
				sb.append(f);
			}
		}
		return sb.append("\r\n").toString();
	}
}
