package org.liandong.identity;

import java.util.Collection;

/**
 * Creates the demo grid workers of CONTRACT §2: one user {@code g-<grid code>} (GRID_WORKER of that grid, password
 * {@code demo123}) per grid. The bean exists only in demo mode ({@code liandong.demo.enabled}); a module that
 * generates demo grids calls it once they are stored.
 */
public interface DemoGridWorkers {

	/** Inserts the missing grid workers (idempotent); answers how many were added. */
	int ensureGridWorkers(Collection<String> gridCodes);
}
