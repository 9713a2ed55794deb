package org.liandong.workorder.internal;

import org.liandong.shared.Redaction;

/**
 * An order's title and content as a caller reads them. Those from whom a confidential order hides its citizen
 * ({@link PersonalDataPolicy#hidesCitizenFrom}) read them without the citizen's own name and phone number, nor any
 * other phone, ID number, e-mail address or introduced name ({@link Redaction}, as Open311's public answers); a
 * title derived from the content is derived again from the redacted content, so that a number the derivation cut
 * short ({@code 1390000111…}) goes too. The stored order keeps the text as taken in.
 */
record OrderText(String title, String content) {

	static OrderText of(WorkOrder o, boolean citizenHidden) {
		if (!citizenHidden) {
			return new OrderText(o.title, o.content);
		}
		String content = Redaction.redact(o.content, o.citizenName, o.citizenPhone);
		boolean derived = o.title != null && o.content != null && o.title.equals(Titles.derive(o.content));
		String title = derived ? Titles.derive(content) : Redaction.redact(o.title, o.citizenName, o.citizenPhone);
		return new OrderText(title, content);
	}
}
