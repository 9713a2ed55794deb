package org.liandong.triage.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

import com.uber.h3core.H3Core;
import com.uber.h3core.PolygonToCellsFlags;
import com.uber.h3core.util.LatLng;

/**
 * Generates demo grids reproducibly from what the data has: every H3 cell (at the given resolution) that overlaps a
 * district boundary is clipped to that district and given to the street/town whose centre it holds, else to the
 * district's nearest street/town centre; one grid per clipped cell, and a cell holding several centres is cut between
 * them (so every street's centre lies in a grid of its own). Codes are {@code <street code without its 000>-<nn>},
 * numbered by H3 index within the street, so the same data always gives the same grids. Districts without street
 * centres get no grids.
 */
final class GridGenerator {

	/** A clipped piece smaller than this share of its cell (slivers along the coast and borders) is dropped. */
	private static final double MIN_SHARE = 0.02;

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final int resolution;

	private final H3Core h3;

	GridGenerator(int resolution) {
		this.resolution = resolution;
		try {
			this.h3 = H3Core.newInstance();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @param districts district boundaries (WGS-84) by region code
	 * @param regions every region (streets with a centre are the candidates)
	 */
	List<Grid> generate(Map<String, Geometry> districts, List<Region> regions) {
		Map<String, List<Piece>> byStreet = new LinkedHashMap<>();
		for (Map.Entry<String, Geometry> district : districts.entrySet()) {
			List<Region> streets = regions.stream()
				.filter(r -> r.level() == RegionLevel.STREET && district.getKey().equals(r.parentCode()))
				.filter(r -> r.lat() != null && r.lon() != null)
				.toList();
			if (streets.isEmpty()) {
				continue;
			}
			Map<Long, List<Region>> centresByCell = new HashMap<>();
			for (Region street : streets) {
				centresByCell.computeIfAbsent(h3.latLngToCell(street.lat(), street.lon(), resolution),
						k -> new ArrayList<>()).add(street);
			}
			PreparedGeometry boundary = PreparedGeometryFactory.prepare(district.getValue());
			for (long cell : cells(district.getValue())) {
				Polygon hexagon = hexagon(cell);
				// most cells lie wholly inland: only the coast and border cells need the costly clipping
				Geometry piece = boundary.containsProperly(hexagon) ? hexagon : hexagon.intersection(district.getValue());
				if (piece.isEmpty() || piece.getArea() < MIN_SHARE * hexagon.getArea()) {
					continue;
				}
				List<Region> inside = centresByCell.getOrDefault(cell, List.of()).stream()
					.filter(r -> piece.covers(GEOMETRY.createPoint(new Coordinate(r.lon(), r.lat()))))
					.toList();
				if (inside.size() > 1) {
					// several streets' centres in one cell (a town's centre): each takes the part nearer its own
					split(piece, inside).forEach((street, part) -> byStreet
						.computeIfAbsent(street.code(), k -> new ArrayList<>())
						.add(new Piece(cell, part, part.getInteriorPoint())));
					continue;
				}
				Point centre = piece.getInteriorPoint();
				// the cell holding a street's centre is that street's, so that its centre resolves to it; another
				// cell goes to the street whose centre is nearest
				Region street = inside.isEmpty() ? streets.stream()
					.min(Comparator.comparingDouble(r -> squaredKm(centre, r)))
					.orElseThrow() : inside.get(0);
				byStreet.computeIfAbsent(street.code(), k -> new ArrayList<>()).add(new Piece(cell, piece, centre));
			}
		}
		Map<String, Region> byCode = new LinkedHashMap<>();
		regions.forEach(r -> byCode.put(r.code(), r));
		List<Grid> out = new ArrayList<>();
		byStreet.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
			List<Piece> pieces = entry.getValue();
			pieces.sort(Comparator.comparingLong(Piece::cell));
			Region street = byCode.get(entry.getKey());
			for (int i = 0; i < pieces.size(); i++) {
				Piece p = pieces.get(i);
				String code = street.code().substring(0, 9) + "-" + String.format("%02d", i + 1);
				out.add(new Grid(code, street.name() + "第" + (i + 1) + "网格", street.code(), null, p.geometry(),
						p.centre().getY(), p.centre().getX(), "H3-" + resolution));
			}
		});
		return out;
	}

	/**
	 * The piece cut between the streets whose centres it holds, along their Voronoi cells: each street's part holds
	 * its centre. Parts of no area (where cells only touch) are left out.
	 */
	private static Map<Region, Geometry> split(Geometry piece, List<Region> streets) {
		Map<Coordinate, Region> bySite = new LinkedHashMap<>();
		streets.forEach(r -> bySite.putIfAbsent(new Coordinate(r.lon(), r.lat()), r));
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(bySite.keySet());
		voronoi.setClipEnvelope(piece.getEnvelopeInternal());
		Geometry diagram = voronoi.getDiagram(GEOMETRY);
		Map<Region, Geometry> parts = new LinkedHashMap<>();
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			Geometry part = polygonal(cell.intersection(piece));
			Region street = bySite.get((Coordinate) cell.getUserData());
			if (street != null && part != null) {
				parts.put(street, part);
			}
		}
		return parts;
	}

	/** The areas of an intersection (a polygon or several), without the points and lines where shapes only touch. */
	private static Geometry polygonal(Geometry g) {
		List<Polygon> polygons = new ArrayList<>();
		for (int i = 0; i < g.getNumGeometries(); i++) {
			if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty() && p.getArea() > 0) {
				polygons.add(p);
			}
		}
		if (polygons.size() <= 1) {
			return polygons.isEmpty() ? null : polygons.get(0);
		}
		return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new));
	}

	private TreeSet<Long> cells(Geometry district) {
		TreeSet<Long> out = new TreeSet<>();
		for (int i = 0; i < district.getNumGeometries(); i++) {
			Polygon polygon = (Polygon) district.getGeometryN(i);
			List<List<LatLng>> holes = new ArrayList<>();
			for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
				holes.add(ring(polygon.getInteriorRingN(h).getCoordinates()));
			}
			out.addAll(h3.polygonToCellsExperimental(ring(polygon.getExteriorRing().getCoordinates()), holes,
					resolution, PolygonToCellsFlags.containment_overlapping));
		}
		return out;
	}

	private Polygon hexagon(long cell) {
		List<LatLng> boundary = h3.cellToBoundary(cell);
		Coordinate[] ring = new Coordinate[boundary.size() + 1];
		for (int i = 0; i < boundary.size(); i++) {
			ring[i] = new Coordinate(boundary.get(i).lng, boundary.get(i).lat);
		}
		ring[boundary.size()] = ring[0];
		return GEOMETRY.createPolygon(ring);
	}

	private static List<LatLng> ring(Coordinate[] coordinates) {
		List<LatLng> out = new ArrayList<>(coordinates.length);
		for (Coordinate c : coordinates) {
			out.add(new LatLng(c.y, c.x));
		}
		return out;
	}

	private static double squaredKm(Point p, Region r) {
		double dLat = (r.lat() - p.getY()) * 111.2;
		double dLon = (r.lon() - p.getX()) * 111.2 * Math.cos(Math.toRadians(p.getY()));
		return dLat * dLat + dLon * dLon;
	}

	private record Piece(long cell, Geometry geometry, Point centre) {
	}
}
