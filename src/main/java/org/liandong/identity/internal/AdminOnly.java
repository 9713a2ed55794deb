package org.liandong.identity.internal;

import org.liandong.identity.Actors;
import org.liandong.shared.ForbiddenException;

/** The guard of administrator-only API calls. */
final class AdminOnly {

	private AdminOnly() {
	}

	static void require() {
		if (!Actors.current().isAdmin()) {
			throw new ForbiddenException("Only an administrator may do this.");
		}
	}
}
