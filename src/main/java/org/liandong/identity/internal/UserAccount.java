package org.liandong.identity.internal;

import java.time.Instant;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;

/** A stored user: one role and its scope (a unit, a region or grids). */
record UserAccount(String id, String username, String passwordHash, String displayName, Role role, String unitCode,
		String regionCode, Set<String> gridCodes, boolean enabled, Instant createdAt, Instant updatedAt,
		long version) {

	UserAccount {
		gridCodes = gridCodes == null ? Set.of() : Set.copyOf(gridCodes);
	}

	Actor actor() {
		return new Actor(id, username, displayName, role, unitCode, regionCode, gridCodes);
	}

	UserAccount withGrids(Set<String> grids) {
		return new UserAccount(id, username, passwordHash, displayName, role, unitCode, regionCode, grids, enabled,
				createdAt, updatedAt, version);
	}
}
