package org.liandong.triage.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/** An immutable snapshot of the grids with an STRtree over their envelopes; a point query tests the few hits. */
final class GridTree {

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final List<Grid> grids;

	private final Map<String, Grid> byCode = new HashMap<>();

	private final Map<String, PreparedGeometry> preparedByCode = new HashMap<>();

	private final STRtree tree = new STRtree();

	GridTree(List<Grid> grids) {
		this.grids = List.copyOf(grids);
		for (Grid g : grids) {
			byCode.put(g.code(), g);
			PreparedGeometry prepared = PreparedGeometryFactory.prepare(g.polygon());
			preparedByCode.put(g.code(), prepared);
			tree.insert(g.polygon().getEnvelopeInternal(), new Entry(g, prepared));
		}
		tree.build();
	}

	Optional<Grid> at(double lat, double lon) {
		Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
		Grid best = null;
		for (Object hit : tree.query(new Envelope(point.getCoordinate()))) {
			Entry e = (Entry) hit;
			// borders are shared: the lowest code wins so that a point on a border always gets the same grid
			if (e.prepared().covers(point) && (best == null || e.grid().code().compareTo(best.code()) < 0)) {
				best = e.grid();
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Whether the grid holds the point: it covers it, or no grid covers it (the coast beyond the clipped cells) and
	 * the grid lies within {@code marginMetres}; empty for an unknown grid.
	 */
	Optional<Boolean> holds(String code, double lat, double lon, double marginMetres) {
		PreparedGeometry grid = preparedByCode.get(code);
		if (grid == null) {
			return Optional.empty();
		}
		Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
		if (grid.covers(point)) {
			return Optional.of(true);
		}
		if (at(lat, lon).isPresent()) {
			return Optional.of(false);
		}
		return Optional.of(Boundaries.metres(grid.getGeometry(), point) <= marginMetres);
	}

	Optional<Grid> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	List<Grid> grids() {
		return grids;
	}

	private record Entry(Grid grid, PreparedGeometry prepared) {
	}
}
