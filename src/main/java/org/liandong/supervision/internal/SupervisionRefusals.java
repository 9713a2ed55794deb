package org.liandong.supervision.internal;

import java.util.Locale;

import org.liandong.shared.web.KnownMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The supervision service's refusals as the supervision page shows them: in the visitor's language. The API keeps its
 * English messages. A message this does not know is shown as it is.
 */
@Component
class SupervisionRefusals {

	/** Says a work-order status, the last part of this message, by its label. */
	private static final String NOT_OPEN = "sv.error.notOpen";

	private static final KnownMessages KNOWN = new KnownMessages()
		.add("Only supervisors and leaders open supervision orders\\.", "sv.error.maySupervise")
		.add("Only supervisors, dispatchers and leaders urge units\\.", "sv.error.mayUrge")
		.add("reason is required \\(at most (\\d+) characters\\)\\.", "sv.error.reason")
		.add("note is required \\(at most (\\d+) characters\\)\\.", "sv.error.note")
		.add("dueAt must be in the future\\.", "sv.error.dueFuture")
		.add("dueAt must be at most (\\d+) days ahead\\.", "sv.error.dueTooFar")
		.add("level must be NORMAL, KEY or LISTED\\.", "sv.error.level")
		.add("Work order (\\S+) has no lead unit to urge yet\\.", "sv.error.noLeadUnit")
		.add("Work order (\\S+) is (\\w+)\\.", NOT_OPEN);

	private final MessageSource messages;

	SupervisionRefusals(MessageSource messages) {
		this.messages = messages;
	}

	String describe(RuntimeException refusal) {
		String text = refusal.getMessage();
		if (text == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return KNOWN.match(text).map(m -> {
			Object[] args = m.args();
			if (m.key().equals(NOT_OPEN)) {
				String status = (String) args[args.length - 1];
				args[args.length - 1] = messages.getMessage("status." + status, null, status, locale);
			}
			return messages.getMessage(m.key(), args, locale);
		}).orElse(text);
	}
}
