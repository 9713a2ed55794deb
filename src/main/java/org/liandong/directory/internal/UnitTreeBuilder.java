package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;

/**
 * Builds the unit tree from the regions and a hand-written table of city departments, utilities and district
 * department templates ({@code kind,code,name}). District departments are {@code DI-<6 digits>-<abbr>}, named by
 * the template with {@code {name}} (the district's name) and {@code {short}} (its short name) filled in.
 */
final class UnitTreeBuilder {

	private UnitTreeBuilder() {
	}

	static List<Unit> build(List<Region> regions, String unitsCsv) {
		List<Map<String, String>> table = RegionSource.rows(unitsCsv);
		Region city = regions.stream().filter(r -> r.level() == RegionLevel.CITY).findFirst()
			.orElseThrow(() -> new IllegalStateException("The region data has no city"));
		List<Unit> units = new ArrayList<>();
		for (Map<String, String> row : table) {
			String kind = row.get("kind");
			if (!kind.equals("DISTRICT_DEPARTMENT")) {
				units.add(new Unit(row.get("code"), row.get("name"), UnitType.valueOf(kind), null, city.code()));
			}
		}
		for (Region r : regions) {
			switch (r.level()) {
				case DISTRICT -> {
					String code = districtCode(r.code());
					String suffix = r.name().endsWith("开发区") ? "管理委员会" : "人民政府";
					units.add(new Unit(code, r.name() + suffix, UnitType.DISTRICT, null, r.code()));
					for (Map<String, String> row : table) {
						if (row.get("kind").equals("DISTRICT_DEPARTMENT")) {
							String name = row.get("name").replace("{name}", r.name()).replace("{short}", r.shortName());
							units.add(new Unit(code + "-" + row.get("code"), name, UnitType.DISTRICT_DEPARTMENT, code,
									r.code()));
						}
					}
				}
				case STREET -> units.add(new Unit(streetCode(r.code()), streetName(r.name()), UnitType.STREET,
						districtCode(r.parentCode()), r.code()));
				case COMMUNITY -> units.add(new Unit("CM-" + r.code(), r.name(), UnitType.COMMUNITY,
						streetCode(r.parentCode()), r.code()));
				case CITY -> {
				}
			}
		}
		return units;
	}

	static String districtCode(String regionCode) {
		return "DI-" + regionCode.substring(0, 6);
	}

	static String streetCode(String regionCode) {
		return "ST-" + regionCode.substring(0, 9);
	}

	private static String streetName(String name) {
		if (name.endsWith("街道")) {
			return name + "办事处";
		}
		if (name.endsWith("镇") || name.endsWith("乡")) {
			return name + "人民政府";
		}
		return name;
	}
}
