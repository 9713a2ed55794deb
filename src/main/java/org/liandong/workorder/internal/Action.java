package org.liandong.workorder.internal;

import java.util.Arrays;
import java.util.Optional;

/** The actions of CONTRACT §4, by their path segment. */
enum Action {
	ANSWER, DISPATCH, REASSIGN, SIGN, CONTACT, REQUEST_RETURN, APPROVE_RETURN, REJECT_RETURN, REQUEST_EXTENSION,
	APPROVE_EXTENSION, REJECT_EXTENSION, REPLY, VERIFY, REVISIT, REOPEN, CLOSE, SHELVE, UNSHELVE, MERGE, CANCEL;

	String path() {
		return name().toLowerCase().replace('_', '-');
	}

	static Optional<Action> fromPath(String path) {
		return Arrays.stream(values()).filter(a -> a.path().equals(path)).findFirst();
	}
}
