package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liandong.directory.internal.ItemDraft.LimitDraft;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every message an import can report, produced by the code that writes it, is said in Chinese and in English on the
 * items page: a message changed there, or a new one, fails here rather than going out in English.
 */
class ImportMessagesTests {

	static final String HEADER = "code,name,path,nature,urgency,unit_rule,unit_code,co_unit_codes,sign_limit,"
			+ "response_limit,handle_normal,handle_urgent,public_service";

	final ImportMessages messages = new ImportMessages(bundles());

	final ItemValidator validator = new ItemValidator(Set.of("CSGLJ", "UT-WATER")::contains);

	@Test
	void everyMessageOfAnImportIsSaidInTheVisitorsLanguage() throws IOException {
		Set<String> written = new LinkedHashSet<>();
		written.addAll(importErrors(List.of()));
		written.addAll(importErrors(List.of(List.of("code", "name"))));
		written.addAll(importErrors(List.of(List.of(HEADER.split(",")))));
		written.addAll(importErrors(rows(
				"CG-1,井盖,城乡建设,COMPLAINT,NORMAL,DEPARTMENT,CSGLJ,,PT2H WORKING_HOURS,PT24H NATURAL,P5D WORKING_DAYS,,也许",
				"CG-1,井盖,城乡建设,COMPLAINT,NORMAL,DEPARTMENT,CSGLJ,,PT2H WORKING_HOURS,PT24H NATURAL,P5D WORKING_DAYS,,",
				",井盖,,ODD,NORMAL,REGION,,NOPE|UT-WATER|UT-WATER,,PT0S NATURAL,PT0.5S NATURAL,two days,",
				"cg x,,a|b|c|d,COMPLAINT,,DEPARTMENT,NOPE,,PT5H WORKING_DAYS,P9999D NATURAL,P5D SOMETIMES,,")));
		for (ItemDraft draft : List.of(
				ItemValidatorTests.draft("CSGLJ", LimitDraft.parse("P5D WORKING_DAYS"),
						Map.of("SOMEDAY", LimitDraft.parse("PT1H NATURAL"))),
				withText("x".repeat(201), List.of("城乡建设", "a|b"), List.of("k|w")))) {
			validator.validate(draft).stream().map(FieldError::message).forEach(written::add);
		}
		for (byte[] file : List.of(new byte[] { (byte) 0xff, (byte) 0xfe, 'a' },
				new byte[] { 'P', 'K', 3, 4, 0, 0 }, workbookWithoutSheets())) {
			assertThatThrownBy(() -> ItemFiles.read("items.csv", file)).isInstanceOf(ItemFiles.UnreadableFile.class)
				.satisfies(e -> written.add(e.getMessage()));
		}
		assertThat(written).hasSize(27);
		for (String message : written) {
			String zh = messages.say(message, Locale.SIMPLIFIED_CHINESE);
			assertThat(zh).as(message).isNotEqualTo(message).doesNotContain("must", "unknown", "file", "row");
			assertThat(messages.say(message, Locale.ENGLISH)).as(message).isNotEqualTo(zh).doesNotContain("{");
		}
		assertThat(messages.say("repeats the code of row 7", Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("与第 7 行的事项代码重复。");
		assertThat(messages.say("something new", Locale.SIMPLIFIED_CHINESE)).isEqualTo("something new");
	}

	@Test
	void theReportKeepsItsRowsAndColumns() {
		ImportReport report = ImportReport.refused(3,
				List.of(new ImportReport.RowError(2, "unit_code", "unknown unit: NOPE")));
		LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
		try {
			assertThat(messages.localized(report).errors())
				.containsExactly(new ImportReport.RowError(2, "unit_code", "单位代码 NOPE 不存在。"));
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private List<String> importErrors(List<List<String>> records) {
		return ItemImport.parse(records, validator).errors().stream().map(ImportReport.RowError::message).toList();
	}

	private static List<List<String>> rows(String... lines) {
		List<List<String>> records = new ArrayList<>();
		records.add(List.of(HEADER.split(",")));
		for (String line : lines) {
			records.add(List.of(line.split(",", -1)));
		}
		return records;
	}

	private static ItemDraft withText(String name, List<String> path, List<String> keywords) {
		ItemDraft d = ItemValidatorTests.draft("CSGLJ", LimitDraft.parse("P5D WORKING_DAYS"), Map.of());
		return new ItemDraft(d.code(), name, path, d.nature(), d.urgency(), d.description(), keywords,
				d.publicService(), d.unitRuleType(), d.unitCode(), d.coUnitCodes(), d.sign(), d.response(), d.handle(),
				d.verificationRequired(), d.closingCriteria(), d.enabled());
	}

	private static byte[] workbookWithoutSheets() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
			workbook.write(out);
			return out.toByteArray();
		}
	}

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("i18n/directory");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
