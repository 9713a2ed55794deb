package org.liandong.shared;

import java.util.List;

/** The request is malformed or invalid: HTTP 400 with field errors. */
public class InvalidRequestException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidRequestException(String message, List<FieldError> errors) {
		super(message);
		this.errors = List.copyOf(errors);
	}

	public InvalidRequestException(String field, String message) {
		this(message, List.of(new FieldError(field, message)));
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** One invalid field and why. */
	public record FieldError(String field, String message) {
	}
}
