package org.liandong.shared.web;

import java.util.Locale;

import org.liandong.shared.InvalidRequestException;

/** A page form's values as the API's JSON would carry them, refused as the API refuses them. */
public final class FormValues {

	private FormValues() {
	}

	/**
	 * A form's yes or no, as the API's JSON boolean: {@code true} or {@code false} only. Anything else is refused as
	 * the API refuses it, never read as no (a revisit would count a failed attempt, a verification a failure).
	 */
	public static boolean yesOrNo(String field, String value) {
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new InvalidRequestException(field, "must be true or false (got " + value.strip() + ")");
		};
	}
}
