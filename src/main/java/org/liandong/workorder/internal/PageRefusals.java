package org.liandong.workorder.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.WorkOrderRefusals;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the English messages the module's service, aggregate and rules write for the API, and says them with the
 * message bundles ({@code wo.error.*}, {@code wo.field.*}, {@code status.*}, {@code action.*}): one place that knows
 * them all, so that a message changed there fails {@code PageRefusalsTests} rather than going out in English.
 */
@Component
class PageRefusals implements WorkOrderRefusals {

	/** How a part of a known message is shown. */
	private enum Part {
		/** As it is (a number, an order number). */
		TEXT,
		/** A {@code WorkOrderStatus} by its label. */
		STATUS,
		/** Statuses, comma-separated, by their labels. */
		STATUSES,
		/** An action by its path ({@code request-return}). */
		ACTION,
		/** An action by the phrase of the aggregate's guard ({@code request the return of}). */
		GUARDED,
		/** A role by its label. */
		ROLE
	}

	private record Known(Pattern pattern, String key, Part... parts) {
	}

	private static final List<Known> KNOWN = List.of(
			// the lifecycle (WorkOrder, IllegalTransitionException, the version check)
			known("Cannot (.+) a work order in status (\\w+); allowed in: ([\\w, ]+)\\.", "wo.error.state",
					Part.GUARDED, Part.STATUS, Part.STATUSES),
			known("An extension request is already pending for this work order\\.", "wo.error.extensionPending"),
			known("There is no pending extension request on this work order\\.", "wo.error.noExtensionPending"),
			known("This work order was already reopened (\\d+) times, the most allowed; "
					+ "close it with a reason instead\\.", "wo.error.reopenLimit", Part.TEXT),
			known("A work order cannot be merged into itself\\.", "wo.error.mergeIntoItself"),
			known("The master order (\\S+) is (\\w+); merge into an open order\\.", "wo.error.masterEnded", Part.TEXT,
					Part.STATUS),
			known("The work order is at version (\\d+), not (\\d+); reload it and try again\\.",
					"wo.error.staleVersion", Part.TEXT, Part.TEXT),
			known("Work order \\S+ was changed concurrently\\.", "wo.error.changedMeanwhile"),
			// rights (ActionPolicy) and sight (WorkOrderService)
			known("Your role \\((\\w+)\\) may not take in work orders\\.", "wo.error.mayNotCreate", Part.ROLE),
			known("Your role \\((\\w+)\\) may not ([\\w-]+) work orders\\.", "wo.error.roleMayNot", Part.ROLE,
					Part.ACTION),
			known("Only a handler of the lead unit may ([\\w-]+) this work order\\.", "wo.error.leadHandlersOnly",
					Part.ACTION),
			known("After dispatch only a supervisor may cancel a work order\\.", "wo.error.cancelAfterDispatch"),
			known("Only an operator \\(before dispatch\\) or a supervisor may cancel a work order\\.",
					"wo.error.cancelRights"),
			known("Work order .+ not found\\.", "wo.error.notFound"),
			known("There is no work-order action '(.*)'\\.", "wo.error.noSuchAction", Part.TEXT),
			// a field's checks (WorkOrderService, the body's reading and validation, the pages' forms)
			known("Unknown unit\\.", "wo.error.unknownUnit"),
			known("Unknown responsibility item\\.", "wo.error.unknownItem"),
			known("Unknown region code\\.", "wo.error.unknownRegion"),
			known("Unknown master work order\\.", "wo.error.unknownMaster"),
			known("Unknown file id; upload it first\\.", "wo.error.unknownFile"),
			known("Unknown knowledge-base article\\.", "wo.error.unknownArticle"),
			known("The knowledge-base article is not in force .*", "wo.error.articleNotInForce"),
			// the files module's refusals of an upload made on a work-order page
			known("Files of type (\\S+) are not accepted; allowed: (.*)\\.", "wo.error.fileType", Part.TEXT, Part.TEXT),
			known("The file's content does not match its type (\\S+)\\.", "wo.error.fileContent", Part.TEXT),
			known("The file is empty\\.", "wo.error.fileEmpty"),
			known("The uploaded file could not be read\\.", "wo.error.unreadableUpload"),
			known("The new due time must be later than the current one\\.", "wo.error.untilNotLater"),
			known("The new due time may be at most (\\d+) days ahead\\.", "wo.error.untilTooFar", Part.TEXT),
			known("must not be null when reached", "wo.error.requiredWhenReached"),
			// (the second is the validator's own Chinese for @NotNull)
			known("must not be null|不能为null", "wo.error.required"),
			known("must be true or false \\(got .*\\)", "wo.error.yesOrNo"),
			known("must be an ISO-8601 instant.*", "wo.error.instant"),
			known("must be a date \\(YYYY-MM-DD\\)\\.", "wo.error.date"),
			known("must be a telephone number", "wo.error.phone"),
			known("must be a 12-digit region code", "wo.error.regionCode"),
			known("page must be 0 or more \\(the first page is 0\\)\\.", "wo.error.page"),
			known("size must be 1 or more \\(at most (\\d+) are answered\\)\\.", "wo.error.size", Part.TEXT),
			// the validator's own for @Size, in English and in Chinese
			known("size must be between 0 and (\\d+)", "wo.error.maxLength", Part.TEXT),
			known("个数必须在0和(\\d+)之间", "wo.error.maxLength", Part.TEXT),
			known("size must be between (\\d+) and (\\d+)", "wo.error.length", Part.TEXT, Part.TEXT),
			known("个数必须在(\\d+)和(\\d+)之间", "wo.error.length", Part.TEXT, Part.TEXT),
			known("must be a whole number.*", "wo.error.wholeNumber"),
			known("must be [A-Z_]+(?:, [A-Z_]+)* or [A-Z_]+|must be one of \\[.*]", "wo.error.choice"));

	/** The phrases of the aggregate's guards ("Cannot sign a work order…"), by the action they guard. */
	private static final Map<String, String> GUARDED = Map.ofEntries(Map.entry("answer", "answer"),
			Map.entry("dispatch", "dispatch"), Map.entry("reassign", "reassign"), Map.entry("sign", "sign"),
			Map.entry("record a contact on", "contact"), Map.entry("request the return of", "request-return"),
			Map.entry("approve the return of", "approve-return"), Map.entry("reject the return of", "reject-return"),
			Map.entry("request an extension for", "request-extension"),
			Map.entry("approve an extension for", "approve-extension"),
			Map.entry("reject an extension for", "reject-extension"), Map.entry("reply to", "reply"),
			Map.entry("verify", "verify"), Map.entry("revisit", "revisit"), Map.entry("reopen", "reopen"),
			Map.entry("close", "close"), Map.entry("shelve", "shelve"), Map.entry("unshelve", "unshelve"),
			Map.entry("merge", "merge"), Map.entry("cancel", "cancel"));

	private final MessageSource messages;

	PageRefusals(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public String describe(RuntimeException refusal) {
		Locale locale = LocaleContextHolder.getLocale();
		if (refusal instanceof InvalidRequestException invalid && !invalid.errors().isEmpty()) {
			return invalid.errors().stream()
				.map(f -> message("wo.error.field", locale, field(f.field(), locale), say(f.message(), locale)))
				.reduce((a, b) -> message("wo.error.fields", locale, a, b))
				.orElseThrow();
		}
		return say(refusal.getMessage(), locale);
	}

	/** A known message in the visitor's language; any other as it is. */
	private String say(String text, Locale locale) {
		if (text == null) {
			return "";
		}
		for (Known known : KNOWN) {
			Matcher m = known.pattern().matcher(text);
			if (m.matches()) {
				Object[] args = new Object[known.parts().length];
				for (int i = 0; i < args.length; i++) {
					args[i] = shown(known.parts()[i], m.group(i + 1), locale);
					if (args[i] == null) {
						return text; // names something without a label
					}
				}
				return message(known.key(), locale, args);
			}
		}
		return text;
	}

	private String shown(Part part, String value, Locale locale) {
		return switch (part) {
			case TEXT -> value;
			case STATUS -> label("status." + value, locale);
			case STATUSES -> {
				List<String> labels = Arrays.stream(value.split(", ")).map(s -> label("status." + s, locale)).toList();
				yield labels.contains(null) ? null
						: labels.stream().reduce((a, b) -> message("wo.joined", locale, a, b)).orElseThrow();
			}
			case ACTION -> label("action." + value, locale);
			case GUARDED -> GUARDED.containsKey(value) ? label("action." + GUARDED.get(value), locale) : null;
			case ROLE -> label("identity.role." + value, locale);
		};
	}

	/** A field by its form label ({@code coUnitCodes[1]} by that of {@code coUnitCodes}), else by its name. */
	private String field(String field, Locale locale) {
		String label = label("wo.field." + field.replaceFirst("\\[\\d+]$", ""), locale);
		return label == null ? field : label;
	}

	private String label(String key, Locale locale) {
		return messages.getMessage(key, null, null, locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private static Known known(String regex, String key, Part... parts) {
		return new Known(Pattern.compile(regex), key, parts);
	}
}
