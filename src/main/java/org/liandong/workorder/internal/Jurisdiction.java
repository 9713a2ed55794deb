package org.liandong.workorder.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.liandong.shared.Coordinates;
import org.liandong.shared.InvalidRequestException;
import org.liandong.workorder.PlaceResolver;
import org.springframework.stereotype.Component;

/**
 * The one rule for a new order's point, asked of the place resolvers (the triage module: the city's boundary and
 * its grids): a point outside the jurisdiction, or outside the grid the channel gave, is refused. Without a resolver
 * that knows a boundary (or the grid) nothing is refused.
 */
@Component
class Jurisdiction {

	private final List<PlaceResolver> places;

	Jurisdiction(List<PlaceResolver> places) {
		this.places = places;
	}

	/** Whether no resolver places the point (WGS-84) outside the jurisdiction. */
	boolean contains(double lat, double lon) {
		return places.stream().map(p -> p.inJurisdiction(lat, lon)).flatMap(Optional::stream).allMatch(in -> in);
	}

	/** Whether the point (WGS-84) lies in the grid, as the first resolver that knows the grid says. */
	Optional<Boolean> inGrid(String gridCode, double lat, double lon) {
		return places.stream().map(p -> p.inGrid(gridCode, lat, lon)).flatMap(Optional::stream).findFirst();
	}

	/**
	 * Refuses (400, field {@code lat}) a point (WGS-84) outside the jurisdiction, or outside the given grid; every
	 * channel's order passes here, whatever the channel checked before in its own format.
	 */
	void check(Double lat, Double lon, String gridCode) {
		if (lat == null || lon == null) {
			return;
		}
		if (!contains(lat, lon)) {
			throw new InvalidRequestException("lat", "The position lies outside the jurisdiction.");
		}
		if (gridCode != null && !inGrid(gridCode, lat, lon).orElse(true)) {
			throw new InvalidRequestException("lat", "The position lies outside the grid " + gridCode + ".");
		}
	}

	/**
	 * The point in WGS-84 from a channel's {@code coordSystem} (WGS84 when null, or GCJ02); empty for coordinates out
	 * of range, which lie nowhere.
	 */
	static Optional<Coordinates> wgs84(double lat, double lon, String coordSystem) {
		if (coordSystem != null && !coordSystem.isBlank() && !coordSystem.matches("(?i)WGS84|GCJ02")) {
			throw new InvalidRequestException("coordSystem", "coordSystem must be WGS84 or GCJ02.");
		}
		try {
			return Optional.of(Coordinates.of(lat, lon, Objects.requireNonNullElse(coordSystem, "WGS84")));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
