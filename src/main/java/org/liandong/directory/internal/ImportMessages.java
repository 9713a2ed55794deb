package org.liandong.directory.internal;

import java.util.Locale;

import org.liandong.directory.internal.ImportReport.RowError;
import org.liandong.shared.web.KnownMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An import's report as the items page shows it: each problem in the visitor's language
 * ({@code directory.import.error.*}). The API's report keeps the English messages. A message this does not know is
 * shown as it is, so that a message changed in {@link ItemImport}, {@link ItemTable}, {@link ItemValidator} or
 * {@link ItemFiles} fails {@code ImportMessagesTests} rather than going out in English.
 */
@Component
class ImportMessages {

	private static final KnownMessages KNOWN = new KnownMessages()
			// the file (ItemFiles, ItemImport)
			.add("The file is empty; it needs a header row\\.", "directory.import.error.emptyFile")
			.add("missing column", "directory.import.error.missingColumn")
			.add("repeats the code of row (\\d+)", "directory.import.error.repeatsCode")
			.add("The file has no item rows\\.", "directory.import.error.noRows")
			.add("The file is not UTF-8 text \\(save the CSV as UTF-8, or upload \\.xlsx\\)\\.",
					"directory.import.error.notUtf8")
			.add("The workbook has no sheet\\.", "directory.import.error.noSheet")
			.add("The file is not a readable \\.xlsx workbook\\.", "directory.import.error.notXlsx")
			// a cell (ItemTable, ItemValidator)
			.add("must be true or false: (.*)", "directory.import.error.yesOrNo")
			.add("must not be blank", "directory.import.error.blank")
			.add("must be 1 to 40 upper-case letters, digits, '-' or '_'", "directory.import.error.code")
			.add("must have 1 to 3 non-blank levels \\(大类, 中类, 小类\\)", "directory.import.error.pathLevels")
			.add("is too long or contains '\\|'", "directory.import.error.tooLong")
			.add("are too long or contain '\\|'", "directory.import.error.tooLong")
			.add("is not an urgency \\(NORMAL, URGENT, CRITICAL, COMPLEX\\)", "directory.import.error.urgency")
			.add("must be LOCAL_STREET, DEPARTMENT or UTILITY", "directory.import.error.unitRule")
			.add("must name a unit", "directory.import.error.unitRequired")
			.add("unknown unit: (.*)", "directory.import.error.unknownUnit")
			.add("repeats a unit: (.*)", "directory.import.error.repeatsUnit")
			.add("is required", "directory.import.error.required")
			.add("must be positive", "directory.import.error.positive")
			.add("must be whole seconds \\(e\\.g\\. PT30S, PT1M\\)", "directory.import.error.wholeSeconds")
			.add("is not an ISO-8601 duration such as PT2H or P5D: (.*)", "directory.import.error.duration")
			.add("must be NATURAL, WORKING_HOURS or WORKING_DAYS", "directory.import.error.mode")
			.add("must be whole days \\(e\\.g\\. P5D\\) for WORKING_DAYS", "directory.import.error.wholeDays")
			.add("must be at most (\\d+) characters", "directory.import.error.maxChars")
			.add("must be at most (\\S+) for (\\w+)", "directory.import.error.limitTooLong")
			.add("must be one of \\[(.*)]", "directory.import.error.oneOf");

	private final MessageSource messages;

	ImportMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The report with each problem in the language of the current request. */
	ImportReport localized(ImportReport report) {
		Locale locale = LocaleContextHolder.getLocale();
		return new ImportReport(report.rows(), report.imported(), report.created(), report.updated(),
				report.errors().stream().map(e -> new RowError(e.row(), e.column(), say(e.message(), locale))).toList());
	}

	String say(String text, Locale locale) {
		return KNOWN.say(text, messages, locale);
	}
}
