package org.liandong.identity;

/**
 * Whether a grid exists, for a grid worker's scope: an unknown grid code is refused (400) as an unknown unit is, for a
 * worker whose grid is not one would see nothing. Implemented by the module that keeps the grids; without an
 * implementation any code is taken.
 */
public interface GridCodes {

	boolean exists(String gridCode);
}
