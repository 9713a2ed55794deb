package org.liandong.triage.internal.model;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and newlines. A byte-order mark is skipped.
 */
public final class Csv {

	private Csv() {
	}

	public static List<List<String>> read(Reader reader) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int c = reader.read();
		if (c == '\uFEFF') {
			c = reader.read();
		}
		while (c != -1) {
			char ch = (char) c;
			if (quoted) {
				if (ch == '"') {
					int next = reader.read();
					if (next == '"') {
						field.append('"');
					}
					else {
						quoted = false;
						c = next;
						continue;
					}
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"' && field.isEmpty()) {
				quoted = true;
				fieldStarted = true;
			}
			else if (ch == ',') {
				row.add(field.toString());
				field.setLength(0);
				fieldStarted = false;
			}
			else if (ch == '\n' || ch == '\r') {
				if (ch == '\r') {
					int next = reader.read();
					if (next != '\n') {
						endRow(rows, row, field, fieldStarted);
						row = new ArrayList<>();
						fieldStarted = false;
						c = next;
						continue;
					}
				}
				endRow(rows, row, field, fieldStarted);
				row = new ArrayList<>();
				fieldStarted = false;
			}
			else {
				field.append(ch);
				fieldStarted = true;
			}
			c = reader.read();
		}
		endRow(rows, row, field, fieldStarted || !row.isEmpty());
		return rows;
	}

	private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field, boolean started) {
		if (!started && row.isEmpty() && field.isEmpty()) {
			return; // blank line
		}
		row.add(field.toString());
		field.setLength(0);
		rows.add(row);
	}
}
