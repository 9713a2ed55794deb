package org.liandong.workorder;

import java.util.Optional;

/**
 * Resolves a new order's region and grid from its address and coordinates when the channel did not give them
 * (CONTRACT §4: {@code regionCode} "resolved from the place when possible"), and says whether a point lies in the
 * jurisdiction and in a grid, for the intake's refusal of points elsewhere. Implemented by the triage module; without
 * an implementation orders keep what the channel gave and no point is refused.
 */
public interface PlaceResolver {

	/**
	 * @param address address text, or the request's content when there is no address (may be null)
	 * @param lat WGS-84 latitude or null
	 * @param lon WGS-84 longitude or null
	 */
	Optional<ResolvedPlace> resolve(String address, Double lat, Double lon);

	/**
	 * The region a grid lies in (its community where known, else its street), for an order the channel gave a grid
	 * without a region (a grid worker's report in the worker's grid); empty for a grid this resolver does not know.
	 */
	default Optional<String> regionOfGrid(String gridCode) {
		return Optional.empty();
	}

	/**
	 * Whether the point (WGS-84) lies in the jurisdiction; empty when this resolver knows no boundary. An order
	 * whose point a resolver places outside is refused ({@link WorkOrders#inJurisdiction}).
	 */
	default Optional<Boolean> inJurisdiction(double lat, double lon) {
		return Optional.empty();
	}

	/**
	 * Whether the point (WGS-84) lies in the grid; empty for a grid this resolver does not know. An order given a
	 * grid and a point that this says is not in it is refused ({@link WorkOrders#inGrid}).
	 */
	default Optional<Boolean> inGrid(String gridCode, double lat, double lon) {
		return Optional.empty();
	}

	/** A resolved place: the most specific region code, and the grid when the point falls in one (else null). */
	record ResolvedPlace(String regionCode, String gridCode) {
	}
}
