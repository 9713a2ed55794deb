package org.liandong.linkage.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.liandong.linkage.WhistleType;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.web.JsonBody;
import org.springframework.stereotype.Component;

import jakarta.validation.Validator;

/**
 * The rules a whistle request must meet, the same for the API and the pages: the bean constraints of
 * {@link WhistleRequests} (required, sizes, score 1–5) and the checks that span fields. A body is read only after
 * the caller's visibility and rights were checked (CONTRACT §1: 404, 403, then 400).
 */
@Component
class WhistleRules {

	/** What the whistle's own timeline and the order's timeline hold in one note ({@code VARCHAR(4000)}). */
	static final int NOTE_LIMIT = 4000;

	private final Validator validator;

	WhistleRules(Validator validator) {
		this.validator = validator;
	}

	/** Reads the body (a malformed one fails with 400 there) and checks it: 400 with every invalid field. */
	<T> T read(Supplier<T> body) {
		T value = body.get();
		if (value == null) {
			throw new InvalidRequestException("body", "A body is required.");
		}
		List<InvalidRequestException.FieldError> errors = new ArrayList<>();
		JsonBody.violations(validator, value)
			.stream()
			.sorted(Comparator.comparing(JsonBody::field))
			.forEach(v -> errors.add(new InvalidRequestException.FieldError(JsonBody.field(v),
					v.getMessage())));
		if (value instanceof WhistleRequests.Blow blow && blow.type() != null && type(blow.type()) == null) {
			errors.add(new InvalidRequestException.FieldError("type", "must be DAILY, KEY_TASK or EMERGENCY"));
		}
		if (value instanceof WhistleRequests.Report report) {
			position(report, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException(errors.size() + " field(s) are invalid.", errors);
		}
		return value;
	}

	/** The whistle type named, or null when there is none of that name. */
	static WhistleType type(String type) {
		for (WhistleType t : WhistleType.values()) {
			if (t.name().equals(type.strip())) {
				return t;
			}
		}
		return null;
	}

	/**
	 * A note derived from the request for a timeline: cut to the column with an ellipsis, so that a description
	 * within its documented limit is never refused because of what is added around it.
	 */
	static String fit(String note) {
		if (note == null || note.length() <= NOTE_LIMIT) {
			return note;
		}
		int cut = NOTE_LIMIT - 1;
		if (Character.isHighSurrogate(note.charAt(cut - 1))) {
			cut--;
		}
		return note.substring(0, cut) + "…";
	}

	private static void position(WhistleRequests.Report report, List<InvalidRequestException.FieldError> errors) {
		if ((report.lat() == null) != (report.lon() == null)) {
			errors.add(new InvalidRequestException.FieldError("lat", "Give both latitude and longitude, or neither."));
		}
		else if (report.lat() != null && !(Math.abs(report.lat()) <= 90 && Math.abs(report.lon()) <= 180)) {
			// the field at fault named: lon when the latitude is in range
			errors.add(new InvalidRequestException.FieldError(Math.abs(report.lat()) <= 90 ? "lon" : "lat",
					"Latitude must lie in [-90, 90] and longitude in [-180, 180]."));
		}
	}
}
