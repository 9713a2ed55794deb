package org.liandong.identity.internal;

import java.time.Instant;
import java.util.List;

import org.liandong.identity.Role;

/** A user as the API shows it: never the password hash. */
record UserView(String id, String username, String displayName, Role role, String unitCode, String regionCode,
		List<String> gridCodes, boolean enabled, Instant createdAt, Instant updatedAt, long version) {

	static UserView of(UserAccount u) {
		return new UserView(u.id(), u.username(), u.displayName(), u.role(), u.unitCode(), u.regionCode(),
				u.gridCodes().stream().sorted().toList(), u.enabled(), u.createdAt(), u.updatedAt(), u.version());
	}
}
