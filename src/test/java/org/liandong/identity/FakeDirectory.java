package org.liandong.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;

/** A tiny directory (one city, one district, one street; four units) for identity tests without the real one. */
public class FakeDirectory implements Directory {

	public static final String CITY = "371000000000";

	private final Map<String, Region> regions = new LinkedHashMap<>();

	private final Map<String, Unit> units = new LinkedHashMap<>();

	public FakeDirectory() {
		add(new Region(CITY, "威海市", RegionLevel.CITY, null, 37.51, 122.12, "威海"));
		add(new Region("371002000000", "环翠区", RegionLevel.DISTRICT, CITY, null, null, "环翠"));
		add(new Region("371002003000", "竹岛街道", RegionLevel.STREET, "371002000000", null, null, "竹岛"));
		add(new Unit("HOTLINE", "12345热线中心", UnitType.HOTLINE_CENTRE, null, CITY));
		add(new Unit("CSGLJ", "市城市管理局", UnitType.CITY_DEPARTMENT, null, CITY));
		add(new Unit("HC", "环翠区政府", UnitType.DISTRICT, null, "371002000000"));
		add(new Unit("ST-371002003", "竹岛街道办事处", UnitType.STREET, "HC", "371002003000"));
	}

	private void add(Region r) {
		regions.put(r.code(), r);
	}

	private void add(Unit u) {
		units.put(u.code(), u);
	}

	@Override
	public Optional<Region> region(String code) {
		return Optional.ofNullable(regions.get(code));
	}

	@Override
	public Optional<Unit> unit(String code) {
		return Optional.ofNullable(units.get(code));
	}

	@Override
	public Optional<Item> item(String code) {
		return Optional.empty();
	}

	@Override
	public Set<String> unitAndDescendants(String unitCode) {
		if (!units.containsKey(unitCode)) {
			return Set.of();
		}
		return units.keySet().stream().filter(u -> isSameOrBelow(u, unitCode)).collect(Collectors.toSet());
	}

	@Override
	public boolean isSameOrBelow(String unitCode, String ancestorCode) {
		for (Unit u = units.get(unitCode); u != null; u = u.parentCode() == null ? null : units.get(u.parentCode())) {
			if (u.code().equals(ancestorCode)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public Optional<Unit> streetOfficeFor(String regionCode) {
		return units.values().stream().filter(u -> u.type() == UnitType.STREET && u.regionCode().equals(regionCode))
			.findFirst();
	}

	@Override
	public List<Region> regionAndAncestors(String regionCode) {
		List<Region> result = new java.util.ArrayList<>();
		for (Region r = regions.get(regionCode); r != null; r = r.parentCode() == null ? null : regions.get(r.parentCode())) {
			result.add(r);
		}
		return result;
	}

	@Override
	public List<Unit> allUnits() {
		return List.copyOf(units.values());
	}

	@Override
	public Region city() {
		return regions.get(CITY);
	}

	@Override
	public List<Region> allRegions() {
		return List.copyOf(regions.values());
	}

	@Override
	public List<org.liandong.directory.Item> allItems() {
		return List.of();
	}
}
