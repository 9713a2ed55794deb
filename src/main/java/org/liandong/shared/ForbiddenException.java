package org.liandong.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The caller sees the resource but may not do this: HTTP 403. */
@ResponseStatus(HttpStatus.FORBIDDEN) // pages (not @RestController) get the status too, not a 500
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
