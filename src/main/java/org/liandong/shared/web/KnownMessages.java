package org.liandong.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;

/**
 * A module's fixed English refusals as its pages say them: each message read with a pattern and said with a
 * message key, the pattern's groups its arguments. The API keeps the English; a message none of the patterns
 * knows (the validator's, already in the visitor's language, or another module's) is said as it is. Built once, in
 * a constant, and read only after.
 */
public final class KnownMessages {

	/** A known message: its key, and the parts of the text the pattern's groups read. */
	public record Match(String key, Object[] args) {
	}

	private record Known(Pattern pattern, String key) {
	}

	private final List<Known> known = new ArrayList<>();

	/** Adds a message: the whole (stripped) text matches {@code regex}; {@code key} says it. */
	public KnownMessages add(String regex, String key) {
		known.add(new Known(Pattern.compile(regex), key));
		return this;
	}

	/** The first known message the text is, if any. */
	public Optional<Match> match(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String stripped = text.strip();
		for (Known k : known) {
			Matcher m = k.pattern().matcher(stripped);
			if (m.matches()) {
				Object[] args = new Object[m.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = m.group(i + 1);
				}
				return Optional.of(new Match(k.key(), args));
			}
		}
		return Optional.empty();
	}

	/** The text in {@code locale} where it is known, else as it is ({@code ""} for none). */
	public String say(String text, MessageSource messages, Locale locale) {
		return say(text, messages, locale, (key, args) -> args);
	}

	/**
	 * As {@link #say(String, MessageSource, Locale)}, the arguments read from the text first given to {@code words}
	 * with the message's key (a page says a unit by its name where the API's text has its code).
	 */
	public String say(String text, MessageSource messages, Locale locale,
			BiFunction<String, Object[], Object[]> words) {
		if (text == null) {
			return "";
		}
		return match(text).map(m -> messages.getMessage(m.key(), words.apply(m.key(), m.args().clone()), text, locale))
			.orElse(text);
	}
}
