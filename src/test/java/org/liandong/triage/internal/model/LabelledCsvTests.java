package org.liandong.triage.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelledCsvTests {

	@Test
	void readsQuotedFieldsWithCommasQuotesAndNewlines() throws Exception {
		List<List<String>> rows = Csv.read(new StringReader("\uFEFFa,b\r\n\"x,\"\"y\"\"\nz\",2\n\n3,4"));
		assertThat(rows).containsExactly(List.of("a", "b"), List.of("x,\"y\"\nz", "2"), List.of("3", "4"));
	}

	@Test
	void concatenatesTitleAndDetailWhenThereIsNoTextColumn() throws Exception {
		String csv = "留言主题,留言详情,一级标签\n路灯不亮,小区门口路灯坏了,城乡建设\n,,教育文体\n";
		List<LabelledText> texts = LabelledCsv.read(new StringReader(csv), "text", "一级标签");
		assertThat(texts).containsExactly(new LabelledText("路灯不亮小区门口路灯坏了", "城乡建设"));
	}

	@Test
	void refusesAFileWithoutTheLabelColumn() {
		assertThatThrownBy(() -> LabelledCsv.read(new StringReader("text\nabc\n"), "text", "一级标签"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("一级标签");
	}

	@Test
	void refusesALabelThatCannotBeADomainsNameAndNamesItsRow() throws Exception {
		String longLabel = "城".repeat(LabelledCsv.MAX_LABEL + 1);
		assertThatThrownBy(() -> LabelledCsv.read(new StringReader("text,一级标签\n路灯不亮,城乡建设\n学校收费," + longLabel
				+ "\n"), "text", "一级标签"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("row 3:");
		assertThatThrownBy(() -> LabelledCsv.read(new StringReader("text,一级标签\n路灯不亮,城乡\u0007建设\n"), "text",
				"一级标签"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageStartingWith("row 2:");
		// the longest label allowed, with quotes and a backslash, is kept as written
		String label = "\"城\\乡\"" + "建".repeat(LabelledCsv.MAX_LABEL - 5);
		assertThat(LabelledCsv.read(new StringReader("text,一级标签\n路灯不亮,\"" + label.replace("\"", "\"\"") + "\"\n"), "text",
				"一级标签")).containsExactly(new LabelledText("路灯不亮", label));
	}
}
