package org.liandong.triage.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** {@code GET /api/v1/grids?street=} (a page, without polygons) and {@code GET /api/v1/grids/{code}} (with its polygon as GeoJSON). */
@RestController
@RequestMapping("/api/v1/grids")
class GridController {

	/** A grid in a list. */
	record GridView(String code, String name, String streetCode, String communityCode, double centreLat,
			double centreLon) {

		static GridView of(Grid g) {
			return new GridView(g.code(), g.name(), g.streetCode(), g.communityCode(), g.centreLat(), g.centreLon());
		}
	}

	private final GridIndex grids;

	GridController(GridIndex grids) {
		this.grids = grids;
	}

	@Operation(summary = "Grids, by street, without their polygons")
	@GetMapping
	PageResult<GridView> list(@RequestParam(required = false) String street,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery query = PageQuery.of(page, size);
		List<Grid> matching = grids.all().stream()
			.filter(g -> street == null || street.isBlank() || street.equals(g.streetCode()))
			.toList();
		int from = (int) Math.min(query.offset(), matching.size());
		int to = Math.min(from + query.size(), matching.size());
		return PageResult.of(matching.subList(from, to).stream().map(GridView::of).toList(), query,
				matching.size());
	}

	@Operation(summary = "One grid with its polygon (GeoJSON)")
	@GetMapping("/{code}")
	Map<String, Object> grid(@PathVariable String code) {
		Grid g = grids.find(code).orElseThrow(() -> new NotFoundException("No grid " + code));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("code", g.code());
		out.put("name", g.name());
		out.put("streetCode", g.streetCode());
		out.put("communityCode", g.communityCode());
		out.put("centreLat", g.centreLat());
		out.put("centreLon", g.centreLon());
		out.put("source", g.source());
		out.put("geometry", geoJson(g.polygon()));
		return out;
	}

	/** A Polygon or MultiPolygon as a GeoJSON geometry ([lon, lat] positions, WGS-84). */
	static Map<String, Object> geoJson(Geometry geometry) {
		Map<String, Object> out = new LinkedHashMap<>();
		if (geometry instanceof Polygon polygon) {
			out.put("type", "Polygon");
			out.put("coordinates", rings(polygon));
			return out;
		}
		List<Object> polygons = new ArrayList<>();
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon) {
				polygons.add(rings(polygon));
			}
		}
		out.put("type", "MultiPolygon");
		out.put("coordinates", polygons);
		return out;
	}

	private static List<Object> rings(Polygon polygon) {
		List<Object> rings = new ArrayList<>();
		rings.add(positions(polygon.getExteriorRing().getCoordinates()));
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			rings.add(positions(polygon.getInteriorRingN(i).getCoordinates()));
		}
		return rings;
	}

	private static List<double[]> positions(Coordinate[] coordinates) {
		List<double[]> out = new ArrayList<>(coordinates.length);
		for (Coordinate c : coordinates) {
			out.add(new double[] { c.x, c.y });
		}
		return out;
	}
}
