package org.liandong.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.liandong.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification kind with its arguments from {@code i18n/notification*} in a locale. The arguments are
 * stored as the event gave them; the codes among them are said as a reader reads them: a whistle's blowing unit by
 * its name and its type by its label, a supervision's level by its label.
 */
@Component
class Templates {

	static final Locale CITIZEN_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	private final Directory directory;

	Templates(MessageSource messages, Directory directory) {
		this.messages = messages;
		this.directory = directory;
	}

	String title(NotificationKind kind, List<String> args, Locale locale) {
		return render("notification.kind." + kind + ".title", shown(kind, args, locale), kind.name(), locale);
	}

	String text(NotificationKind kind, List<String> args, Locale locale) {
		return render("notification.kind." + kind + ".text", shown(kind, args, locale), kind.name(), locale);
	}

	private String render(String key, List<String> args, String fallback, Locale locale) {
		String pattern = messages.getMessage(key, null, null, locale);
		return messages.getMessage(key, pattern == null ? args.toArray() : punctuated(pattern, args).toArray(),
				fallback, locale);
	}

	/**
	 * The arguments without the end punctuation the template puts after them: a result that ends with 。 in
	 * "已办结：{1}。" would read 。。 (outside check, 2026-11-29); either width, any argument.
	 */
	static List<String> punctuated(String pattern, List<String> args) {
		List<String> fitted = new ArrayList<>(args);
		for (int i = 0; i < fitted.size(); i++) {
			String placeholder = "{" + i + "}";
			int at = pattern.indexOf(placeholder);
			while (at >= 0) {
				int after = at + placeholder.length();
				if (fitted.get(i) != null && after < pattern.length() && END.indexOf(pattern.charAt(after)) >= 0) {
					fitted.set(i, withoutEnd(fitted.get(i)));
				}
				at = pattern.indexOf(placeholder, after);
			}
		}
		return fitted;
	}

	/** End punctuation of both widths: what a template may put after an argument, and what an argument may end with. */
	private static final String END = "。．.！!？?；;，,、";

	private static String withoutEnd(String text) {
		int end = text.length();
		while (end > 0 && (END.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
			end--;
		}
		return text.substring(0, end);
	}

	/** The arguments as the reader reads them; a code without a name or label as it is. */
	private List<String> shown(NotificationKind kind, List<String> args, Locale locale) {
		if (kind == NotificationKind.REPLY_QUALITY_LOW && args.size() > 2) {
			List<String> shown = new ArrayList<>(args);
			String separator = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "; " : "、";
			shown.set(2, java.util.Arrays.stream(args.get(2).split(","))
				.filter(code -> !code.isBlank())
				.map(code -> messages.getMessage("ev.reason." + code, null, code, locale))
				.collect(java.util.stream.Collectors.joining(separator)));
			return shown;
		}
		if (args.size() < 2 || (kind != NotificationKind.WHISTLE && kind != NotificationKind.SUPERVISED)) {
			return args;
		}
		List<String> shown = new ArrayList<>(args);
		if (kind == NotificationKind.WHISTLE) {
			shown.set(0, directory.unitName(args.get(0)));
			shown.set(1, messages.getMessage("lk.type." + args.get(1), null, args.get(1), locale));
		}
		else {
			shown.set(1, messages.getMessage("sv.level." + args.get(1), null, args.get(1), locale));
		}
		return shown;
	}
}
