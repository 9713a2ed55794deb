package org.liandong.directory.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.internal.ImportReport.RowError;
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

	private record Known(Pattern pattern, String key) {
	}

	private static final List<Known> KNOWN = List.of(
			// the file (ItemFiles, ItemImport)
			known("The file is empty; it needs a header row\\.", "emptyFile"),
			known("missing column", "missingColumn"),
			known("repeats the code of row (\\d+)", "repeatsCode"),
			known("The file has no item rows\\.", "noRows"),
			known("The file is not UTF-8 text \\(save the CSV as UTF-8, or upload \\.xlsx\\)\\.", "notUtf8"),
			known("The workbook has no sheet\\.", "noSheet"),
			known("The file is not a readable \\.xlsx workbook\\.", "notXlsx"),
			// a cell (ItemTable, ItemValidator)
			known("must be true or false: (.*)", "yesOrNo"),
			known("must not be blank", "blank"),
			known("must be 1 to 40 upper-case letters, digits, '-' or '_'", "code"),
			known("must have 1 to 3 non-blank levels \\(大类, 中类, 小类\\)", "pathLevels"),
			known("is too long or contains '\\|'", "tooLong"),
			known("are too long or contain '\\|'", "tooLong"),
			known("is not an urgency \\(NORMAL, URGENT, CRITICAL, COMPLEX\\)", "urgency"),
			known("must be LOCAL_STREET, DEPARTMENT or UTILITY", "unitRule"),
			known("must name a unit", "unitRequired"),
			known("unknown unit: (.*)", "unknownUnit"),
			known("repeats a unit: (.*)", "repeatsUnit"),
			known("is required", "required"),
			known("must be positive", "positive"),
			known("must be whole seconds \\(e\\.g\\. PT30S, PT1M\\)", "wholeSeconds"),
			known("is not an ISO-8601 duration such as PT2H or P5D: (.*)", "duration"),
			known("must be NATURAL, WORKING_HOURS or WORKING_DAYS", "mode"),
			known("must be whole days \\(e\\.g\\. P5D\\) for WORKING_DAYS", "wholeDays"),
			known("must be at most (\\d+) characters", "maxChars"),
			known("must be at most (\\S+) for (\\w+)", "limitTooLong"),
			known("must be one of \\[(.*)]", "oneOf"));

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
		if (text == null) {
			return "";
		}
		for (Known known : KNOWN) {
			Matcher m = known.pattern().matcher(text);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				return messages.getMessage("directory.import.error." + known.key(), args, locale);
			}
		}
		return text;
	}

	private static Known known(String regex, String key) {
		return new Known(Pattern.compile(regex), key);
	}
}
