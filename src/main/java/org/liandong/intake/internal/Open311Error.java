package org.liandong.intake.internal;

import java.util.List;

/**
 * An Open311 failure, answered as the spec's error list ({@code errors → error {code, description}}) with HTTP 404
 * (missing resource), 403 (missing or invalid api_key), 400 (everything else) or 429 (rate limit).
 */
class Open311Error extends RuntimeException {

	final int status;
	final List<Entry> entries;
	final Long retryAfterSeconds;

	Open311Error(int status, List<Entry> entries, Long retryAfterSeconds) {
		super(entries.isEmpty() ? "error" : entries.get(0).description());
		this.status = status;
		this.entries = List.copyOf(entries);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	static Open311Error of(int status, String description) {
		return new Open311Error(status, List.of(new Entry(String.valueOf(status), description)), null);
	}

	static Open311Error badRequest(String description) {
		return of(400, description);
	}

	static Open311Error notFound(String description) {
		return of(404, description);
	}

	/** One entry of the error list; {@code code} may be more specific than the HTTP status. */
	record Entry(String code, String description) {
	}
}
