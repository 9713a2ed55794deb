package org.liandong.shared;

/** The caller sees the resource but may not do this: HTTP 403. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
