package org.liandong.shared;

/** The resource does not exist or the caller may not see it: HTTP 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
