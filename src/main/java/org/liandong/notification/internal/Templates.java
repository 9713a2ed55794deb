package org.liandong.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a notification kind with its arguments from {@code i18n/notification*} in a locale. */
@Component
class Templates {

	static final Locale CITIZEN_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	Templates(MessageSource messages) {
		this.messages = messages;
	}

	String title(NotificationKind kind, List<String> args, Locale locale) {
		return messages.getMessage("notification.kind." + kind + ".title", args.toArray(), kind.name(), locale);
	}

	String text(NotificationKind kind, List<String> args, Locale locale) {
		return messages.getMessage("notification.kind." + kind + ".text", args.toArray(), kind.name(), locale);
	}
}
