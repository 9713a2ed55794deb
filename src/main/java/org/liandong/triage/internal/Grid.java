package org.liandong.triage.internal;

import org.locationtech.jts.geom.Geometry;

/**
 * A grid: a polygon (WGS-84, lon/lat axis order) inside a street/town, and a community where known.
 *
 * @param source how it was made, e.g. {@code H3-6} for the generated demo grids
 */
record Grid(String code, String name, String streetCode, String communityCode, Geometry polygon, double centreLat,
		double centreLon, String source) {
}
