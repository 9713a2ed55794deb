package org.liandong.intake.internal;

/** Great-circle distance between WGS-84 points, good enough for "within a few hundred metres". */
final class Distance {

	private static final double EARTH_RADIUS_METERS = 6_371_000;

	private Distance() {
	}

	static double meters(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
				* Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
		return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
	}
}
