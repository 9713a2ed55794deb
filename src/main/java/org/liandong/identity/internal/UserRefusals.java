package org.liandong.identity.internal;

import java.util.List;
import java.util.Locale;

import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.KnownMessages;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user administration's refusals as its pages show them: in the visitor's language, each field by its form
 * label. The API keeps its English messages. A message this does not know (the validator's own, already in the
 * visitor's language) is shown as it is.
 */
@Component
class UserRefusals {

	private static final KnownMessages KNOWN = new KnownMessages()
			.add("No such user: (.*)", "identity.error.noSuchUser")
			.add("This username is reserved for the platform\\.", "identity.error.reserved")
			.add("A user with this username exists: (.*)", "identity.error.exists")
			.add("The user was changed by someone else; reload and try again\\.", "identity.error.stale")
			.add("You cannot disable yourself or change your own role\\.", "identity.error.self")
			.add("You cannot disable yourself\\.", "identity.error.selfDisable")
			.add("must have 8 to 72 characters", "identity.error.passwordLength")
			.add("must be at most 72 bytes in UTF-8", "identity.error.passwordBytes")
			.add("2 to 64 letters, digits, '\\.', '_' or '-', starting with a letter or digit",
					"identity.error.usernamePattern")
			.add("Unknown unit: (.*)", "identity.error.unknownUnit")
			.add("A HANDLER must belong to a unit\\.", "identity.error.handlerUnit")
			.add("A GRID_WORKER needs at least one grid\\.", "identity.error.gridWorkerGrid")
			.add("A grid code has at most 64 characters\\.", "identity.error.gridLength")
			.add("Unknown grid: (.*)", "identity.error.unknownGrid")
			.add("Unknown region: (.*)", "identity.error.unknownRegion");

	private final MessageSource messages;

	UserRefusals(MessageSource messages) {
		this.messages = messages;
	}

	/** One line per invalid field ("用户名：…"), or the refusal's one message. */
	List<String> describe(RuntimeException refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		if (refusal instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()) {
			return invalid.errors()
				.stream()
				.map(f -> messages.getMessage("identity.error.field",
						new Object[] { field(f.field(), locale), say(f.message(), locale) }, locale))
				.toList();
		}
		return List.of(say(refusal.getMessage(), locale));
	}

	private String say(String text, Locale locale) {
		return KNOWN.say(text, messages, locale);
	}

	/** A field by its short label ({@code identity.field.*}), else its form label, else its name. */
	private String field(String field, Locale locale) {
		String shortLabel = messages.getMessage("identity.field." + field, null, null, locale);
		return shortLabel != null ? shortLabel : messages.getMessage("identity.user." + field, null, field, locale);
	}
}
