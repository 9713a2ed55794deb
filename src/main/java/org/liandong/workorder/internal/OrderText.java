package org.liandong.workorder.internal;

import java.util.List;

import org.liandong.shared.Redaction;

/**
 * An order's title and content as a caller reads them. Those from whom a confidential order hides its citizen
 * ({@link PersonalDataPolicy#hidesCitizenFrom}) read them without the citizen's own name and phone number, nor any
 * other phone, ID number, e-mail address or introduced name ({@link Redaction}, as Open311's public answers); a
 * title derived from the content is derived again from the redacted content, so that a number the derivation cut
 * short ({@code 1390000111…}) goes too. The stored order keeps the text as taken in.
 */
record OrderText(String title, String content, String result, String answer) {

	static OrderText of(WorkOrder o, boolean citizenHidden) {
		if (!citizenHidden) {
			return new OrderText(o.title, o.content, o.result, o.answer);
		}
		String content = Redaction.redact(o.content, o.citizenName, o.citizenPhone);
		boolean derived = o.title != null && o.content != null && o.title.equals(Titles.derive(o.content));
		String title = derived ? Titles.derive(content) : Redaction.redact(o.title, o.citizenName, o.citizenPhone);
		return new OrderText(title, content, note(o, true, o.result), note(o, true, o.answer));
	}

	/** Other free text of the order (a timeline note, the unit's result) as the caller reads it. */
	static String note(WorkOrder o, boolean citizenHidden, String text) {
		return citizenHidden ? Redaction.redact(text, o.citizenName, o.citizenPhone) : text;
	}

	/** The order's timeline as the caller reads it: its notes as {@link #note} says. */
	static List<TimelineEntry> timeline(WorkOrder o, boolean citizenHidden, List<TimelineEntry> entries) {
		if (!citizenHidden) {
			return entries;
		}
		return entries.stream()
			.map(e -> new TimelineEntry(e.at(), e.actor(), e.actorRole(), e.action(), e.fromStatus(), e.toStatus(),
					note(o, true, e.note()), e.attachments()))
			.toList();
	}
}
