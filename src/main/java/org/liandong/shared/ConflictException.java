package org.liandong.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The current state or version forbids the request: HTTP 409. */
@ResponseStatus(HttpStatus.CONFLICT) // pages (not @RestController) get the status too, not a 500
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
