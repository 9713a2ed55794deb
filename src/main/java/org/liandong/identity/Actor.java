package org.liandong.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The authenticated user on whose behalf a request runs.
 *
 * @param unitCode the unit of a HANDLER (or the unit an official belongs to), else null
 * @param regionCode the region scope of operators, dispatchers, supervisors and leaders (the city code for the
 *        whole city), else null
 * @param gridCodes the grids of a GRID_WORKER
 */
public record Actor(String userId, String username, String displayName, Role role, String unitCode,
		String regionCode, Set<String> gridCodes) implements Serializable {

	public boolean is(Role r) {
		return role == r;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** A role whose scope is a region: operators, dispatchers, supervisors, leaders. */
	public boolean hasRegionScope() {
		return role == Role.OPERATOR || role == Role.DISPATCHER || role == Role.SUPERVISOR || role == Role.LEADER;
	}

	/**
	 * The region a list of records made from orders keeps to for this user, as the orders do (CONTRACT §4): the
	 * region scope of a role that has one, else null (the user's units or grids bound it instead).
	 */
	public String regionScope() {
		return hasRegionScope() ? regionCode : null;
	}
}
