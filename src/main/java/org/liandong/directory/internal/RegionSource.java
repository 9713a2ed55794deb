package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.shared.Coordinates;

/**
 * Builds the region list from the NBS division table (codes, names, levels), the coordinate table (GCJ-02 centre
 * points, converted to WGS-84) and a table of short-name overrides. County-level rows without any town below them
 * (the empty 市辖区) are left out, and so is the parent of the city (the province).
 */
final class RegionSource {

	private static final String[] SUFFIXES = { "社区居民委员会", "社区居委会", "社区居委", "居民委员会", "居委会",
			"村民委员会", "村委会", "街道办事处", "街道", "办事处", "社区" };

	private RegionSource() {
	}

	/**
	 * @param divisions CSV with columns code12, name, level (city/county/town/village), parent_code12
	 * @param coordinates CSV with columns code, longitude, latitude (GCJ-02)
	 * @param shortNames CSV with columns code, short_name
	 */
	static List<Region> read(String divisions, String coordinates, String shortNames) {
		Map<String, double[]> centres = centres(coordinates);
		Map<String, String> shorts = new HashMap<>();
		for (Map<String, String> row : rows(shortNames)) {
			shorts.put(row.get("code"), row.get("short_name"));
		}
		List<Map<String, String>> rows = rows(divisions);
		Map<String, Integer> children = new HashMap<>();
		rows.forEach(r -> children.merge(r.get("parent_code12"), 1, Integer::sum));
		List<Region> regions = new ArrayList<>();
		for (Map<String, String> r : rows) {
			String code = r.get("code12");
			RegionLevel level = level(r.get("level"));
			if (level == RegionLevel.DISTRICT && !children.containsKey(code)) {
				continue;
			}
			double[] c = centres.get(code);
			Coordinates wgs = c == null ? null : Coordinates.fromGcj02(c[0], c[1]);
			String parent = level == RegionLevel.CITY ? null : r.get("parent_code12");
			String name = r.get("name");
			regions.add(new Region(code, name, level, parent, wgs == null ? null : round(wgs.lat()),
					wgs == null ? null : round(wgs.lon()), shorts.getOrDefault(code, shortName(name, level))));
		}
		return regions;
	}

	/** The name without its administrative suffix, keeping at least two characters. */
	static String shortName(String name, RegionLevel level) {
		String[] suffixes = switch (level) {
			case CITY -> new String[] { "市" };
			case DISTRICT -> new String[] { "区", "市", "县" };
			case STREET -> new String[] { "街道办事处", "街道", "办事处", "镇", "乡" };
			case COMMUNITY -> SUFFIXES;
		};
		for (String suffix : suffixes) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				return name.substring(0, name.length() - suffix.length());
			}
		}
		return name;
	}

	private static Map<String, double[]> centres(String csv) {
		Map<String, double[]> centres = new HashMap<>();
		for (Map<String, String> r : rows(csv)) {
			String lon = r.get("longitude");
			String lat = r.get("latitude");
			if (lon != null && !lon.isBlank() && lat != null && !lat.isBlank()) {
				centres.put(r.get("code"), new double[] { Double.parseDouble(lat), Double.parseDouble(lon) });
			}
		}
		return centres;
	}

	private static RegionLevel level(String level) {
		return switch (level) {
			case "city" -> RegionLevel.CITY;
			case "county" -> RegionLevel.DISTRICT;
			case "town" -> RegionLevel.STREET;
			case "village" -> RegionLevel.COMMUNITY;
			default -> throw new IllegalStateException("Unknown division level: " + level);
		};
	}

	private static double round(double v) {
		return Math.round(v * 1e6) / 1e6;
	}

	/** CSV records as maps keyed by the header. */
	static List<Map<String, String>> rows(String csv) {
		List<List<String>> records = Csv.parse(csv);
		List<String> header = records.get(0);
		List<Map<String, String>> rows = new ArrayList<>();
		for (List<String> record : records.subList(1, records.size())) {
			Map<String, String> row = new HashMap<>();
			for (int i = 0; i < header.size() && i < record.size(); i++) {
				row.put(header.get(i).strip(), record.get(i));
			}
			rows.add(row);
		}
		return rows;
	}
}
