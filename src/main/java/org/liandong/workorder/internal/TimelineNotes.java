package org.liandong.workorder.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.liandong.shared.web.PageFormat;
import org.springframework.stereotype.Component;

/**
 * An order's timeline as its page shows it: the instants a note names (an extension's new due time) in the city's
 * time and the page's format (CONTRACT §1: pages show Asia/Shanghai). The stored notes, and the API's timeline, stay
 * as written.
 */
@Component
class TimelineNotes {

	/** An instant as {@link Instant#toString()} writes it, in UTC. */
	private static final Pattern INSTANT = Pattern
		.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?Z\\b");

	private final PageFormat format;

	TimelineNotes(PageFormat format) {
		this.format = format;
	}

	List<TimelineEntry> forPage(List<TimelineEntry> timeline) {
		return timeline.stream().map(e -> e.note() == null ? e : e.withNote(note(e))).toList();
	}

	String note(TimelineEntry entry) {
		return cityTimes(entry.note());
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
}
