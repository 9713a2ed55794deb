package org.liandong.linkage.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.directory.Directory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A whistle's timeline notes as its page shows them ({@code ${@whistleNotes.said(e.action(), e.note())}}): the note
 * the whistle is blown with, written in a fixed form ({@code DAILY → CSGLJ, SCJGJ: 联合执法}), said with the type's
 * label and the units' names in the visitor's language; any other note as written (a user's).
 */
@Component("whistleNotes")
public class WhistleNotes {

	private static final Pattern BLOWN = Pattern
		.compile("(DAILY|KEY_TASK|EMERGENCY) → ([\\w-]+(?:, [\\w-]+)*): (.*)", Pattern.DOTALL);

	private final MessageSource messages;

	private final Directory directory;

	WhistleNotes(MessageSource messages, Directory directory) {
		this.messages = messages;
		this.directory = directory;
	}

	public String said(String action, String note) {
		if (note == null || !"BLOWN".equals(action)) {
			return note;
		}
		Matcher m = BLOWN.matcher(note);
		if (!m.matches()) {
			return note;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String units = Arrays.stream(m.group(2).split(", "))
			.map(directory::unitName)
			.reduce((a, b) -> messages.getMessage("lk.joined", new Object[] { a, b }, locale))
			.orElse(m.group(2));
		return messages.getMessage("lk.note.blown",
				new Object[] { messages.getMessage("lk.type." + m.group(1), null, m.group(1), locale), units,
						m.group(3) },
				locale);
	}
}
