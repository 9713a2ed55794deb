package org.liandong.shared;

/**
 * WGS-84 coordinates and the conversion from GCJ-02, the offset datum of most Chinese map services (AMap, Tencent).
 * GCJ-02 is WGS-84 plus a published polynomial offset; it is inverted here by fixed-point iteration to well under a
 * metre. Outside mainland China the two are the same.
 */
public record Coordinates(double lat, double lon) {

	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	public Coordinates {
		if (Double.isNaN(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("lat must be between -90 and 90: " + lat);
		}
		if (Double.isNaN(lon) || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("lon must be between -180 and 180: " + lon);
		}
	}

	/** Builds WGS-84 coordinates from a point given in {@code system} ({@code WGS84} or {@code GCJ02}). */
	public static Coordinates of(double lat, double lon, String system) {
		if (system == null || system.isBlank() || "WGS84".equalsIgnoreCase(system)) {
			return new Coordinates(lat, lon);
		}
		if ("GCJ02".equalsIgnoreCase(system)) {
			return fromGcj02(lat, lon);
		}
		throw new IllegalArgumentException("coordSystem must be WGS84 or GCJ02: " + system);
	}

	public static Coordinates fromGcj02(double lat, double lon) {
		if (outsideChina(lat, lon)) {
			return new Coordinates(lat, lon);
		}
		double wLat = lat;
		double wLon = lon;
		for (int i = 0; i < 30; i++) {
			double[] g = toGcj02(wLat, wLon);
			double dLat = g[0] - lat;
			double dLon = g[1] - lon;
			wLat -= dLat;
			wLon -= dLon;
			if (Math.abs(dLat) < 1e-10 && Math.abs(dLon) < 1e-10) {
				break;
			}
		}
		return new Coordinates(wLat, wLon);
	}

	/** This point in GCJ-02, as {@code [lat, lon]}. */
	public double[] toGcj02() {
		return toGcj02(lat, lon);
	}

	private static double[] toGcj02(double lat, double lon) {
		if (outsideChina(lat, lon)) {
			return new double[] { lat, lon };
		}
		double dLat = offsetLat(lon - 105.0, lat - 35.0);
		double dLon = offsetLon(lon - 105.0, lat - 35.0);
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { lat + dLat, lon + dLon };
	}

	private static boolean outsideChina(double lat, double lon) {
		return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	private static double offsetLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double offsetLon(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}
}
