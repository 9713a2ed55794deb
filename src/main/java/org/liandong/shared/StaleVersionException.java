package org.liandong.shared;

/**
 * Someone else changed the record between this request's read and its write (the version check): a conflict, so
 * every page that says a conflict says this one too, and the API answers its own {@code stale-version} problem.
 * Two citizens' answers to one revisit link at the same instant met it as a 500 (regression check, 2026-11-29).
 */
public class StaleVersionException extends ConflictException {

	public StaleVersionException(String message) {
		super(message);
	}
}
