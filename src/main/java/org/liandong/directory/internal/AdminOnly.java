package org.liandong.directory.internal;

import org.liandong.shared.ForbiddenException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Refuses callers without the ADMIN role. Reads the granted authority rather than the identity module's actor,
 * because identity depends on this module and a call back would make a cycle.
 */
final class AdminOnly {

	private AdminOnly() {
	}

	static boolean isAdmin() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated()
				&& auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
	}

	static void check() {
		if (!isAdmin()) {
			throw new ForbiddenException("Only an administrator may change the responsibility list.");
		}
	}
}
