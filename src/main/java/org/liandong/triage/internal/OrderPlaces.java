package org.liandong.triage.internal;

import java.util.Optional;

import org.liandong.triage.Places;
import org.liandong.workorder.PlaceResolver;
import org.springframework.stereotype.Component;

/** Gives new work orders their region and grid from the gazetteer and the grid index, whatever their channel. */
@Component
class OrderPlaces implements PlaceResolver {

	private final Places places;

	private final GridIndex grids;

	OrderPlaces(Places places, GridIndex grids) {
		this.places = places;
		this.grids = grids;
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
