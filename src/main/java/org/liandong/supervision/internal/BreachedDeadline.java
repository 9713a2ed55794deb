package org.liandong.supervision.internal;

import java.util.Optional;

/**
 * The deadline of a work order whose breach opened a supervision record automatically (CONTRACT §4 clocks), with the
 * record's stored reason and the close reason of the late act that ends it (docs/supervision.md).
 */
enum BreachedDeadline {

	/** The lead unit did not sign (签收) in time; signing ends the record. */
	SIGN("签收超时自动督办 (sign deadline breached)", "SIGNED"),

	/** The lead unit did not contact the citizen in time; its first contact ends the record. */
	RESPONSE("响应超时自动督办 (response deadline breached)", "RESPONDED"),

	/** The lead unit did not reply in time; its reply ends the record, as it ends every open one. */
	HANDLE("超期自动督办 (handling deadline breached)", "REPLIED");

	private final String reason;
	private final String endedBy;

	BreachedDeadline(String reason, String endedBy) {
		this.reason = reason;
		this.endedBy = endedBy;
	}

	/** The reason stored on the record (pages show it by the kind, in the visitor's language). */
	String reason() {
		return reason;
	}

	/** The close reason of the act that ends the record. */
	String endedBy() {
		return endedBy;
	}

	/** The kind of a work order's deadline, as the work-order module names it; empty for another. */
	static Optional<BreachedDeadline> of(String kind) {
		for (BreachedDeadline d : values()) {
			if (d.name().equals(kind)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}
}
