package org.liandong.triage.internal;

import java.util.Optional;

import org.liandong.triage.Places;
import org.liandong.workorder.PlaceResolver;
import org.springframework.stereotype.Component;

/**
 * Gives new work orders their region and grid from the gazetteer and the grid index, whatever their channel, and
 * tells intake whether a point lies in the city (the boundary {@code POST /api/v1/triage} uses) and in a grid.
 */
@Component
class OrderPlaces implements PlaceResolver {

	private final Places places;

	private final GridIndex grids;

	private final org.liandong.triage.internal.PlaceResolver resolver;

	OrderPlaces(Places places, GridIndex grids, org.liandong.triage.internal.PlaceResolver resolver) {
		this.places = places;
		this.grids = grids;
		this.resolver = resolver;
	}

	@Override
	public Optional<Boolean> inJurisdiction(double lat, double lon) {
		return Optional.of(resolver.inJurisdiction(lat, lon));
	}

	/** In the grid, or (at the coast, beyond every clipped cell) within the jurisdiction's margin of it. */
	@Override
	public Optional<Boolean> inGrid(String gridCode, double lat, double lon) {
		return grids.holds(gridCode, lat, lon, org.liandong.triage.internal.PlaceResolver.JURISDICTION_MARGIN_METRES);
	}

	@Override
	public Optional<String> regionOfGrid(String gridCode) {
		return grids.find(gridCode).map(g -> g.communityCode() != null ? g.communityCode() : g.streetCode());
	}

	@Override
	public Optional<ResolvedPlace> resolve(String address, Double lat, Double lon) {
		Places.Place place = places.resolve(address, lat, lon, "WGS84");
		return place.resolved() ? Optional.of(new ResolvedPlace(place.regionCode(), place.gridCode()))
				: Optional.empty();
	}
}
