package org.liandong.identity;

import java.util.List;

/**
 * Looks up enabled users by what they do, for modules that address people (notifications, verification routing).
 * Answers {@link Actor}s: no password data ever leaves the identity module.
 */
public interface UserDirectory {

	/** The enabled handlers of exactly this unit. */
	List<Actor> handlersOf(String unitCode);

	/** The enabled users with this role. */
	List<Actor> withRole(Role role);

	/** The enabled grid workers assigned to this grid. */
	List<Actor> gridWorkersOf(String gridCode);
}
