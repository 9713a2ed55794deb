package org.liandong.workorder.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.Directory;
import org.liandong.shared.web.PageFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An order's timeline as its page shows it: the notes the aggregate writes in a fixed English form ({@code lead
 * ST-371002003, co-units CSGLJ}, {@code PHONE: 已电话联系}, {@code resolved, SATISFIED}…) said in the visitor's
 * language ({@code wo.note.*}), the units they name by their names (a code the directory does not know as it is),
 * and the instants a note names (an extension's new due time) in the city's time and
 * the page's format (CONTRACT §1: pages show Asia/Shanghai). What users typed (a reason, an outcome, a note after
 * " — ") stays as typed; so do the stored notes and the API's timeline.
 */
@Component
class TimelineNotes {

	/** An instant as {@link Instant#toString()} writes it, in UTC. */
	private static final Pattern INSTANT = Pattern
		.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z\\b");

	/** How a part of a fixed note is shown. */
	private enum Part {
		/** As written: a code, a number, a time, or what a user typed. */
		TEXT,
		/** A unit code, by the unit's name. */
		UNIT,
		/** Unit codes, comma-separated, by the units' names. */
		CODES,
		/** A contact's way ({@code PHONE}) by its label. */
		WAY,
		/** {@code resolved} or {@code not resolved} in words. */
		RESOLVED,
		/** A satisfaction by its label. */
		SATISFACTION,
		/** A supervision level (督办级别) by its label. */
		LEVEL,
		/** A whistle's type by its label. */
		WHISTLE_TYPE,
		/** The reply-quality reasons ({@code MISSING_POINTS:人行道,夜间, TOO_SHORT}) by their labels. */
		REASONS
	}

	/** A note of a fixed form, written for these timeline actions; its last part is a user's text or nothing. */
	private record Form(Set<String> actions, Pattern pattern, String key, Part... parts) {
	}

	/** The user's note the aggregate appends after " — ", or nothing. */
	private static final String NOTE = "((?: — .*)?)";

	private static final List<Form> FORMS = List.of(
			form("DISPATCH REASSIGN", "lead ([\\w-]+), co-units ([\\w-]+(?:, [\\w-]+)*)" + NOTE,
					"wo.note.routeWithCoUnits", Part.UNIT, Part.CODES, Part.TEXT),
			form("DISPATCH REASSIGN", "lead ([\\w-]+)" + NOTE, "wo.note.route", Part.UNIT, Part.TEXT),
			form("CONTACT", "(PHONE|VISIT|SMS|OTHER): (.*)", "wo.note.contact", Part.WAY, Part.TEXT),
			form("REQUEST_EXTENSION", "until (\\S+): (.*)", "wo.note.until", Part.TEXT, Part.TEXT),
			form("APPROVE_EXTENSION", "due (\\S+): (.*)", "wo.note.dueWithReason", Part.TEXT, Part.TEXT),
			form("APPROVE_EXTENSION", "due (\\S+)" + NOTE, "wo.note.due", Part.TEXT, Part.TEXT),
			form("REVISIT", "(resolved|not resolved), (SATISFIED|BASICALLY_SATISFIED|DISSATISFIED)" + NOTE,
					"wo.note.revisit", Part.RESOLVED, Part.SATISFACTION, Part.TEXT),
			form("REVISIT_UNREACHABLE", "unreachable, attempt (\\d+)" + NOTE, "wo.note.unreachable", Part.TEXT,
					Part.TEXT),
			form("CLOSE_WITH_MASTER", "master (\\S+): (.*)", "wo.note.closedWithMaster", Part.TEXT, Part.TEXT),
			form("MERGE", "into (\\S+) with (\\S+)" + NOTE, "wo.note.followedMaster", Part.TEXT, Part.TEXT,
					Part.TEXT),
			form("MERGE", "into (\\S+)" + NOTE, "wo.note.mergedInto", Part.TEXT, Part.TEXT),
			form("UNMERGE", "master (\\S+) cancelled" + NOTE, "wo.note.masterCancelled", Part.TEXT, Part.TEXT),
			form("DEADLINE_WARNED DEADLINE_BREACHED SIGN_BREACHED", "due (\\S+)", "wo.note.deadline", Part.TEXT),
			// written by the supervision module: its level, then its reason (the automatic one in the visitor's
			// language: it is the platform's, not a user's); a supervision gone overdue repeats them
			form("SUPERVISED SUPERVISION_OVERDUE", "(NORMAL|KEY|LISTED): 超期自动督办 \\(handling deadline breached\\)",
					"wo.note.supervisedAutomatically", Part.LEVEL),
			form("SUPERVISED SUPERVISION_OVERDUE", "(NORMAL|KEY|LISTED): (.*)", "wo.note.supervised", Part.LEVEL,
					Part.TEXT),
			// written by the workbench: a co-unit's opinion after its unit's code (outside check, 2026-11-29: the
			// page showed ST-371002003: …)
			form("OPINION", "([\\w-]+): (.*)", "wo.note.opinion", Part.UNIT, Part.TEXT),
			// written by the linkage module: the whistle's type, the units it summons, its description
			form("WHISTLE", "(DAILY|KEY_TASK|EMERGENCY) → ([\\w-]+(?:, [\\w-]+)*): (.*)", "wo.note.whistle",
					Part.WHISTLE_TYPE, Part.CODES, Part.TEXT),
			// written by the evaluation module: the reply's score, then the reasons it scored low
			form("REPLY_QUALITY_LOW", "score (\\S+): (.*)", "wo.note.replyQuality", Part.TEXT, Part.REASONS));

	private final PageFormat format;
	private final MessageSource messages;
	private final Directory directory;

	TimelineNotes(PageFormat format, MessageSource messages, Directory directory) {
		this.format = format;
		this.messages = messages;
		this.directory = directory;
	}

	List<TimelineEntry> forPage(List<TimelineEntry> timeline) {
		Locale locale = LocaleContextHolder.getLocale();
		return timeline.stream().map(e -> e.note() == null ? e : e.withNote(note(e, locale))).toList();
	}

	String note(TimelineEntry entry, Locale locale) {
		return cityTimes(said(entry.action(), entry.note(), locale));
	}

	/** A fixed note in the visitor's language; any other note as written. */
	private String said(String action, String note, Locale locale) {
		for (Form form : FORMS) {
			if (!form.actions().contains(action)) {
				continue;
			}
			Matcher m = form.pattern().matcher(note);
			if (m.matches()) {
				Object[] args = new Object[form.parts().length];
				for (int i = 0; i < args.length; i++) {
					args[i] = shown(form.parts()[i], m.group(i + 1), locale);
				}
				return messages.getMessage(form.key(), args, locale);
			}
		}
		return note;
	}

	private String shown(Part part, String value, Locale locale) {
		return switch (part) {
			case TEXT -> value;
			case UNIT -> unitName(value);
			case CODES -> Arrays.stream(value.split(", "))
				.map(this::unitName)
				.reduce((a, b) -> messages.getMessage("wo.joined", new Object[] { a, b }, locale))
				.orElse(value);
			case WAY -> messages.getMessage("way." + value, null, value, locale);
			case RESOLVED -> messages.getMessage(value.equals("resolved") ? "wo.note.resolved" : "wo.note.notResolved",
					null, value, locale);
			case SATISFACTION -> messages.getMessage("satisfaction." + value, null, value, locale);
			case LEVEL -> messages.getMessage("sv.level." + value, null, value, locale);
			case WHISTLE_TYPE -> messages.getMessage("lk.type." + value, null, value, locale);
			case REASONS -> Arrays.stream(value.split(", "))
				.map(r -> reason(r, locale))
				.reduce((a, b) -> messages.getMessage("wo.joined", new Object[] { a, b }, locale))
				.orElse(value);
		};
	}

	/** A reply-quality reason ({@code MISSING_POINTS:人行道,夜间}) by its label, its detail as written. */
	private String reason(String reason, Locale locale) {
		int colon = reason.indexOf(':');
		String code = colon < 0 ? reason : reason.substring(0, colon);
		String label = messages.getMessage("ev.reason." + code, null, code, locale);
		return colon < 0 ? label
				: label + messages.getMessage("ev.reason.separator", null, ": ", locale) + reason.substring(colon + 1);
	}

	private String unitName(String code) {
		return directory.unitName(code);
	}

	private String cityTimes(String text) {
		Matcher m = INSTANT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String shown;
			try {
				shown = format.time(Instant.parse(m.group()));
			}
			catch (DateTimeParseException e) {
				shown = m.group(); // looks like an instant but is none (a 25th hour): left as written
			}
			m.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static Form form(String actions, String regex, String key, Part... parts) {
		return new Form(Set.of(actions.split(" ")), Pattern.compile(regex, Pattern.DOTALL), key, parts);
	}
}
