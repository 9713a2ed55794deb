package org.liandong.deadline;

import org.liandong.shared.ConflictException;
import org.liandong.shared.TimeLimit;

/**
 * A limit longer than its mode's {@link org.liandong.shared.LimitMode#maximum()} cannot be scheduled: HTTP 409, since
 * the stored data (e.g. an item's limits saved before validation refused such values), not the request, must change.
 */
public class LimitTooLongException extends ConflictException {

	public LimitTooLongException(TimeLimit limit) {
		super("The time limit " + limit.duration() + " " + limit.mode() + " is longer than the deadline engine computes"
				+ " (at most " + limit.mode().maximumText() + " in " + limit.mode() + "); correct the limit and try again.");
	}
}
