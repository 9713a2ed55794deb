package org.liandong.triage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.shared.Coordinates;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city and district boundaries of {@code data/weihai/weihai_boundaries_amap_vonng.geojson}, converted from
 * GCJ-02 to WGS-84, by 12-digit region code, prepared for fast point-in-polygon tests.
 */
final class Boundaries {

	static final String RESOURCE = "data/weihai/weihai_boundaries_amap_vonng.geojson";

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final Map<String, PreparedGeometry> byRegion;

	private Boundaries(Map<String, PreparedGeometry> byRegion) {
		this.byRegion = byRegion;
	}

	static Boundaries load() {
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			JsonNode root = JsonMapper.builder().build().readTree(in);
			Map<String, PreparedGeometry> out = new LinkedHashMap<>();
			for (JsonNode feature : root.get("features")) {
				String code = feature.get("properties").get("adcode").asString() + "000000";
				out.put(code, PreparedGeometryFactory.prepare(multiPolygon(feature.get("geometry"))));
			}
			return new Boundaries(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Geometry multiPolygon(JsonNode geometry) {
		List<Polygon> polygons = new ArrayList<>();
		for (JsonNode polygon : geometry.get("coordinates")) {
			LinearRing shell = null;
			List<LinearRing> holes = new ArrayList<>();
			for (JsonNode ring : polygon) {
				Coordinate[] points = new Coordinate[ring.size()];
				for (int i = 0; i < ring.size(); i++) {
					Coordinates wgs = Coordinates.fromGcj02(ring.get(i).get(1).asDouble(), ring.get(i).get(0).asDouble());
					points[i] = new Coordinate(wgs.lon(), wgs.lat());
				}
				if (!points[0].equals2D(points[points.length - 1])) {
					points = java.util.Arrays.copyOf(points, points.length + 1);
					points[points.length - 1] = points[0];
				}
				LinearRing linear = GEOMETRY.createLinearRing(points);
				if (shell == null) {
					shell = linear;
				}
				else {
					holes.add(linear);
				}
			}
			polygons.add(GEOMETRY.createPolygon(shell, holes.toArray(LinearRing[]::new)));
		}
		return GEOMETRY.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
	}

	/** The boundary of every region but {@code exclude} (e.g. the city), by code: the districts. */
	Map<String, Geometry> regionsExcept(String exclude) {
		Map<String, Geometry> out = new java.util.TreeMap<>();
		byRegion.forEach((code, prepared) -> {
			if (!code.equals(exclude)) {
				out.put(code, prepared.getGeometry());
			}
		});
		return out;
	}

	/** Whether the region has a boundary and the point (WGS-84) lies in it. */
	boolean contains(String regionCode, double lat, double lon) {
		PreparedGeometry geometry = byRegion.get(regionCode);
		return geometry != null && geometry.contains(GEOMETRY.createPoint(new Coordinate(lon, lat)));
	}

	/**
	 * Whether the region has a boundary and the point (WGS-84) lies in it or at most {@code metres} from it: the
	 * fences are simplified (about 3,000 points for the city's coast), so a pier or a promenade may fall just outside.
	 */
	boolean contains(String regionCode, double lat, double lon, double metres) {
		PreparedGeometry geometry = byRegion.get(regionCode);
		if (geometry == null) {
			return false;
		}
		Point point = GEOMETRY.createPoint(new Coordinate(lon, lat));
		return geometry.contains(point) || metres > 0 && metres(geometry.getGeometry(), point) <= metres;
	}

	/** The distance in metres (equirectangular, exact enough for a few kilometres) from the point to the geometry. */
	static double metres(Geometry geometry, Point point) {
		Coordinate nearest = DistanceOp.nearestPoints(geometry, point)[0];
		double dLat = Math.toRadians(nearest.y - point.getY());
		double dLon = Math.toRadians(nearest.x - point.getX()) * Math.cos(Math.toRadians(point.getY()));
		return 6_371_000 * Math.sqrt(dLat * dLat + dLon * dLon);
	}

	/** The first region other than {@code exclude} whose boundary holds the point. */
	String regionContaining(double lat, double lon, String exclude) {
		for (Map.Entry<String, PreparedGeometry> entry : byRegion.entrySet()) {
			if (!entry.getKey().equals(exclude) && contains(entry.getKey(), lat, lon)) {
				return entry.getKey();
			}
		}
		return null;
	}
}
