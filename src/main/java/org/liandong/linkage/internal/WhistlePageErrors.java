package org.liandong.linkage.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refused whistle form, shown on the next page in the user's language: what kind of refusal (invalid, not
 * allowed, not in this state, not found), then each invalid field by its label and what is wrong with it.
 */
@Component
class WhistlePageErrors {

	private final MessageSource messages;

	WhistlePageErrors(MessageSource messages) {
		this.messages = messages;
	}

	void flash(RedirectAttributes redirect, RuntimeException e) {
		Locale locale = LocaleContextHolder.getLocale();
		String kind = e instanceof InvalidRequestException ? "lk.error.invalid"
				: e instanceof ForbiddenException ? "lk.error.forbidden"
				: e instanceof ConflictException ? "lk.error.conflict" : "lk.error.notFound";
		List<String> details = e instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()
				? invalid.errors().stream().map(f -> field(f, locale)).toList() : List.of(say(e.getMessage(), locale));
		redirect.addFlashAttribute("error", messages.getMessage(kind, null, locale));
		redirect.addFlashAttribute("errorDetails", details);
	}

	/** A message of this module in the user's language. */
	String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private String field(InvalidRequestException.FieldError error, Locale locale) {
		String field = error.field() == null ? "body" : error.field().replaceAll("\\[\\d+]$", "");
		String label = messages.getMessage("lk.field." + field, null, field, locale);
		return messages.getMessage("lk.error.field", new Object[] { label, say(error.message(), locale) }, locale);
	}

	/**
	 * The English message the service and rules write for the API, said in the user's language ({@code lk.msg.*}); a
	 * message not known here (the validator's, already in the user's language) as it is.
	 */
	String say(String message, Locale locale) {
		if (message == null) {
			return "";
		}
		for (Known k : KNOWN) {
			Matcher m = k.pattern().matcher(message.strip());
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				return messages.getMessage(k.key(), args, message, locale);
			}
		}
		return message;
	}

	private record Known(Pattern pattern, String key) {
	}

	private static Known known(String regex, String key) {
		return new Known(Pattern.compile(regex), "lk.msg." + key);
	}

	/** Every message of WhistleService, WhistleRules and WhistleAccess a page may show. */
	private static final List<Known> KNOWN = List.of(known("A body is required\\.", "bodyRequired"),
			known("must be DAILY, KEY_TASK or EMERGENCY", "type"),
			known("Give both latitude and longitude, or neither\\.", "bothOrNeither"),
			known("Latitude must lie in \\[-90, 90] and longitude in \\[-180, 180]\\.", "positionRange"),
			known("Only a unit's handler may blow a whistle\\.", "handlersBlow"),
			known("Work order (\\S+) is (\\w+); a whistle needs an open matter\\.", "orderEnded"),
			known("Work order (.+) not found\\.", "orderNotFound"),
			known("Only a handler of a summoned unit may report on this whistle\\.", "summonedReport"),
			known("Only a handler of (\\S+) may report for it\\.", "reportForOwnUnit"),
			known("Unit (\\S+) is not summoned by this whistle\\.", "notSummoned"),
			known("The whistle is closed; reports are no longer taken\\.", "closedNoReports"),
			known("Unit (\\S+) has already reported\\.", "alreadyReported"),
			known("The whistle is already closed\\.", "alreadyClosed"),
			known("Close the whistle before rating its responders\\.", "closeBeforeRating"),
			known("Unit (\\S+) has already been rated\\.", "alreadyRated"),
			known("Whistle (.+) not found\\.", "whistleNotFound"),
			known("An administrator names the blowing unit \\(unitCode\\)\\.", "adminNamesUnit"),
			known("A handler blows the whistle for their own unit \\((\\S+)\\)\\.", "ownUnitOnly"),
			known("Unknown unit (.+)", "unknownUnit"), known("A unit cannot summon itself\\.", "summonsItself"),
			known("The whistle was changed meanwhile \\(version (\\d+)\\)\\.", "stale"),
			known("Only the unit that blew the whistle may close it\\.", "blowerOnlyCloses"),
			known("Only the unit that blew the whistle may rate responders of it\\.", "blowerOnlyRates"));
}
