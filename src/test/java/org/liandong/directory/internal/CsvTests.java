package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
		List<List<String>> records = Csv.parse("\uFEFFa,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n\n1,,3");
		assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("x, y", "say \"hi\"", "two\nlines"),
				List.of("1", "", "3"));
	}

	@Test
	void writesWhatItReads() {
		List<String> fields = List.of("plain", "with, comma", "with \"quote\"", "line\r\nbreak", "");
		assertThat(Csv.parse(Csv.line(fields))).containsExactly(fields);
	}

	@Test
	void keepsATrailingEmptyField() {
		assertThat(Csv.parse("a,\r\n")).containsExactly(List.of("a", ""));
	}

	@Test
	void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAsTextAndReadBackAsItWas() {
		List<String> cells = List.of("=HYPERLINK(\"http://example.org\",\"点击\")", "+1", "-", "@SUM(A1)", "\tx", "'=kept'",
				"普通", "a=b", "'plain", "");
		String written = new String(ItemFiles.csv(List.of(cells)), java.nio.charset.StandardCharsets.UTF_8);
		List<String> asWritten = Csv.parse(written).get(0);
		assertThat(asWritten).as("what a spreadsheet opens")
			.containsExactly("'=HYPERLINK(\"http://example.org\",\"点击\")", "'+1", "'-", "'@SUM(A1)", "'\tx", "''=kept'",
					"普通", "a=b", "'plain", "");
		assertThat(ItemFiles.read("items.csv", written.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.as("imported again").containsExactly(List.of("=HYPERLINK(\"http://example.org\",\"点击\")", "+1", "-",
					"@SUM(A1)", "\tx", "'=kept'", "普通", "a=b", "'plain", ""));
	}
}
