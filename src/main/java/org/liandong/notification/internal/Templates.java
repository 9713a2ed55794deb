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
		return messages.getMessage("notification.kind." + kind + ".title", shown(kind, args, locale).toArray(),
				kind.name(), locale);
	}

	String text(NotificationKind kind, List<String> args, Locale locale) {
		return messages.getMessage("notification.kind." + kind + ".text", shown(kind, args, locale).toArray(),
				kind.name(), locale);
	}

	/** The arguments as the reader reads them; a code without a name or label as it is. */
	private List<String> shown(NotificationKind kind, List<String> args, Locale locale) {
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
