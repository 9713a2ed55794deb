package org.liandong.linkage.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.shared.ConflictException;
import org.liandong.shared.ForbiddenException;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.KnownMessages;
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

	/** The messages whose first part is a unit's code, which a page says by the unit's name. */
	private static final Set<String> NAMING_A_UNIT = Set.of("lk.msg.reportForOwnUnit", "lk.msg.notSummoned",
			"lk.msg.alreadyReported", "lk.msg.alreadyRated", "lk.msg.ownUnitOnly");

	private final MessageSource messages;

	private final Directory directory;

	WhistlePageErrors(MessageSource messages, Directory directory) {
		this.messages = messages;
		this.directory = directory;
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
		return KNOWN.say(message, messages, locale, (key, args) -> {
			if (NAMING_A_UNIT.contains(key) && args.length > 0 && args[0] instanceof String code) {
				args[0] = directory.unitName(code); // 单位 威海市城市管理局 已经评价过, not CSGLJ
			}
			return args;
		});
	}

	/** Every message of WhistleService, WhistleRules and WhistleAccess a page may show. */
	private static final KnownMessages KNOWN = new KnownMessages()
		.add("A body is required\\.", "lk.msg.bodyRequired")
		.add("must be DAILY, KEY_TASK or EMERGENCY", "lk.msg.type")
		.add("Give both latitude and longitude, or neither\\.", "lk.msg.bothOrNeither")
		.add("Latitude must lie in \\[-90, 90] and longitude in \\[-180, 180]\\.", "lk.msg.positionRange")
		.add("Only a unit's handler may blow a whistle\\.", "lk.msg.handlersBlow")
		.add("Work order (\\S+) is (\\w+); a whistle needs an open matter\\.", "lk.msg.orderEnded")
		.add("Work order (.+) not found\\.", "lk.msg.orderNotFound")
		.add("Only a handler of a summoned unit may report on this whistle\\.", "lk.msg.summonedReport")
		.add("Only a handler of (\\S+) may report for it\\.", "lk.msg.reportForOwnUnit")
		.add("Unit (\\S+) is not summoned by this whistle\\.", "lk.msg.notSummoned")
		.add("The whistle is closed; reports are no longer taken\\.", "lk.msg.closedNoReports")
		.add("Unit (\\S+) has already reported\\.", "lk.msg.alreadyReported")
		.add("The whistle is already closed\\.", "lk.msg.alreadyClosed")
		.add("Close the whistle before rating its responders\\.", "lk.msg.closeBeforeRating")
		.add("Unit (\\S+) has already been rated\\.", "lk.msg.alreadyRated")
		.add("Whistle (.+) not found\\.", "lk.msg.whistleNotFound")
		.add("An administrator names the blowing unit \\(unitCode\\)\\.", "lk.msg.adminNamesUnit")
		.add("A handler blows the whistle for their own unit \\((\\S+)\\)\\.", "lk.msg.ownUnitOnly")
		.add("Unknown unit (.+)", "lk.msg.unknownUnit")
		.add("A unit cannot summon itself\\.", "lk.msg.summonsItself")
		.add("The whistle was changed meanwhile \\(version (\\d+)\\)\\.", "lk.msg.stale")
		.add("Only the unit that blew the whistle may close it\\.", "lk.msg.blowerOnlyCloses")
		.add("Only the unit that blew the whistle may rate responders of it\\.", "lk.msg.blowerOnlyRates");
}
