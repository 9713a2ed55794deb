package org.liandong.shared;

/** The current state or version forbids the request: HTTP 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}
}
