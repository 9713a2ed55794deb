package org.liandong.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The resource does not exist or the caller may not see it: HTTP 404. */
@ResponseStatus(HttpStatus.NOT_FOUND) // pages (not @RestController) get the status too, not a 500
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
