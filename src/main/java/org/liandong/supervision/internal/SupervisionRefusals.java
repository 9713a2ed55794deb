package org.liandong.supervision.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The supervision service's refusals as the supervision page shows them: in the visitor's language. The API keeps its
 * English messages. A message this does not know is shown as it is.
 */
@Component
class SupervisionRefusals {

	/** A message of the service, its key in the bundle, and whether its last group is a work-order status. */
	private record Known(Pattern pattern, String key, boolean lastIsStatus) {
	}

	private static final List<Known> KNOWN = List.of(
			known("Only supervisors and leaders open supervision orders\\.", "sv.error.maySupervise", false),
			known("Only supervisors, dispatchers and leaders urge units\\.", "sv.error.mayUrge", false),
			known("reason is required \\(at most (\\d+) characters\\)\\.", "sv.error.reason", false),
			known("note is required \\(at most (\\d+) characters\\)\\.", "sv.error.note", false),
			known("dueAt must be in the future\\.", "sv.error.dueFuture", false),
			known("dueAt must be at most (\\d+) days ahead\\.", "sv.error.dueTooFar", false),
			known("level must be NORMAL, KEY or LISTED\\.", "sv.error.level", false),
			known("Work order (\\S+) has no lead unit to urge yet\\.", "sv.error.noLeadUnit", false),
			known("Work order (\\S+) is (\\w+)\\.", "sv.error.notOpen", true));

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
		for (Known known : KNOWN) {
			Matcher m = known.pattern().matcher(text);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				if (known.lastIsStatus()) {
					args[args.length - 1] = messages.getMessage("status." + args[args.length - 1], null,
							(String) args[args.length - 1], locale);
				}
				return messages.getMessage(known.key(), args, locale);
			}
		}
		return text;
	}

	private static Known known(String regex, String key, boolean lastIsStatus) {
		return new Known(Pattern.compile(regex), key, lastIsStatus);
	}
}
