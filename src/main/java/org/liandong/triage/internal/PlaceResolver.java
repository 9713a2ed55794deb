package org.liandong.triage.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.shared.Coordinates;
import org.liandong.shared.text.Simplified;
import org.liandong.triage.Places;
import org.liandong.triage.internal.model.Csv;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;

/**
 * Resolves places: names first (the gazetteer), then coordinates (the grid holding the point, else the district by
 * boundary and the nearest street/town centre of that district), keeping the most specific answer both agree on. Coordinates outside the
 * city, and names that are missing or ambiguous, leave the place unresolved with a reason.
 */
@Service
class PlaceResolver implements Places {

	/** A street centre further than this from the point is not taken as its street. */
	private static final double MAX_CENTRE_KM = 15;

	/**
	 * How far outside the city's fence a point still counts as the city's: the fence is simplified along the coast
	 * (a waterfront point of the city centre lies some 60 m outside it), and piers, harbours and beaches are the city's
	 * too. A kilometre keeps every other city out (Yantai's nearest town is further).
	 */
	static final double JURISDICTION_MARGIN_METRES = 1_000;

	private final Directory directory;

	private final GridIndex grids;

	private volatile Gazetteer gazetteer;

	private volatile Boundaries boundaries;

	private final TriageProperties properties;

	private final ResourceLoader resources;

	PlaceResolver(Directory directory, GridIndex grids, TriageProperties properties, ResourceLoader resources) {
		this.directory = directory;
		this.grids = grids;
		this.properties = properties;
		this.resources = resources;
	}

	@Override
	public Place resolve(String address, Double lat, Double lon, String coordSystem) {
		Gazetteer.Resolution byName = gazetteer().resolve(Simplified.of(address)); // 環翠區 is 环翠区
		if (lat == null || lon == null) {
			return byName.regionCode() != null ? new Place(byName.regionCode(), null, byName.reason())
					: new Place(null, null, byName.reason());
		}
		Place byPoint = byCoordinates(Coordinates.of(lat, lon, coordSystem));
		if (byName.regionCode() == null) {
			return byPoint;
		}
		if (byPoint.resolved() && gazetteer().isSameOrBelow(byPoint.regionCode(), byName.regionCode())) {
			return new Place(byPoint.regionCode(), byPoint.gridCode(), byName.reason() + ";" + byPoint.reason());
		}
		// the name wins (what the caller said), and the answer says that the point lies elsewhere
		String elsewhere = byPoint.resolved() ? "POINT_ELSEWHERE:" + byPoint.regionCode() : "POINT_" + byPoint.reason();
		return new Place(byName.regionCode(), null, byName.reason() + ";" + elsewhere);
	}

	@Override
	public String withoutPlaceNames(String text) {
		return text == null ? null : gazetteer().withoutDistrictAndStreetNames(text);
	}

	/**
	 * Whether the point (WGS-84) lies in the city: inside its boundary or within {@link #JURISDICTION_MARGIN_METRES}
	 * of it. The one rule for coordinates: outside, triage answers {@code OUTSIDE_JURISDICTION} and intake refuses.
	 */
	boolean inJurisdiction(double lat, double lon) {
		return boundaries().contains(directory.city().code(), lat, lon, JURISDICTION_MARGIN_METRES);
	}

	private Place byCoordinates(Coordinates point) {
		Boundaries b = boundaries();
		String city = directory.city().code();
		if (!inJurisdiction(point.lat(), point.lon())) {
			return new Place(null, null, "OUTSIDE_JURISDICTION");
		}
		Optional<Grid> grid = grids.at(point.lat(), point.lon());
		if (grid.isPresent()) {
			Grid g = grid.get();
			return new Place(g.communityCode() != null ? g.communityCode() : g.streetCode(), g.code(), "GRID");
		}
		String district = b.regionContaining(point.lat(), point.lon(), city);
		Optional<Region> street = directory.allRegions().stream()
			.filter(r -> r.level() == RegionLevel.STREET && r.lat() != null && r.lon() != null)
			.filter(r -> district == null || district.equals(r.parentCode()))
			.min(Comparator.comparingDouble(r -> km(point, r)))
			.filter(r -> km(point, r) <= MAX_CENTRE_KM);
		if (street.isPresent()) {
			return new Place(street.get().code(), null, "NEAREST_STREET_CENTRE");
		}
		if (district != null) {
			return new Place(district, null, "DISTRICT_BOUNDARY");
		}
		return new Place(null, null, "NO_REGION_AT_POINT");
	}

	private static double km(Coordinates point, Region region) {
		double dLat = Math.toRadians(region.lat() - point.lat());
		double dLon = Math.toRadians(region.lon() - point.lon()) * Math.cos(Math.toRadians(point.lat()));
		return 6371 * Math.sqrt(dLat * dLat + dLon * dLon);
	}

	private Gazetteer gazetteer() {
		Gazetteer g = gazetteer;
		if (g == null) {
			g = new Gazetteer(directory.allRegions(), aliases());
			gazetteer = g;
		}
		return g;
	}

	/** The aliases file's names by region code; none when the location is empty. */
	private Map<String, List<String>> aliases() {
		String location = properties.placeAliases();
		if (location == null || location.isBlank()) {
			return Map.of();
		}
		try (var reader = new InputStreamReader(resources.getResource(location).getInputStream(),
				StandardCharsets.UTF_8)) {
			List<List<String>> rows = Csv.read(reader);
			Map<String, List<String>> aliases = new HashMap<>();
			for (List<String> row : rows.subList(Math.min(1, rows.size()), rows.size())) {
				if (row.size() >= 2 && !row.get(0).isBlank() && !row.get(1).isBlank()) {
					aliases.computeIfAbsent(row.get(0).strip(), k -> new ArrayList<>()).add(row.get(1).strip());
				}
			}
			return aliases;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the place aliases " + location, e);
		}
	}

	private Boundaries boundaries() {
		Boundaries b = boundaries;
		if (b == null) {
			b = Boundaries.load();
			boundaries = b;
		}
		return b;
	}
}
