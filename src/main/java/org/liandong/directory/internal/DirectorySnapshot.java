package org.liandong.directory.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;

/**
 * An immutable copy of the directory tables with the indexes the hot paths need: each unit's descendants, the
 * street office of each street region, and each region's children.
 */
final class DirectorySnapshot {

	static final DirectorySnapshot EMPTY = new DirectorySnapshot(List.of(), List.of(), List.of());

	final Map<String, Region> regions = new LinkedHashMap<>();

	final Map<String, Unit> units = new LinkedHashMap<>();

	final Map<String, ItemEntry> items = new LinkedHashMap<>();

	final Map<String, Set<String>> descendants = new HashMap<>();

	final Map<String, Unit> streetOffices = new HashMap<>();

	final Region city;

	DirectorySnapshot(List<Region> regionList, List<Unit> unitList, List<ItemEntry> itemList) {
		regionList.stream()
			.sorted(Comparator.comparing((Region r) -> r.level() != RegionLevel.CITY).thenComparing(Region::code))
			.forEach(r -> regions.put(r.code(), r));
		unitList.stream().sorted(Comparator.comparing(Unit::code)).forEach(u -> units.put(u.code(), u));
		itemList.stream().sorted(Comparator.comparing(e -> e.item().code())).forEach(e -> items.put(e.item().code(), e));
		city = regions.values().stream().filter(r -> r.level() == RegionLevel.CITY).findFirst().orElse(null);
		for (Unit u : units.values()) {
			descendants.computeIfAbsent(u.code(), k -> new HashSet<>()).add(u.code());
			Set<String> seen = new HashSet<>();
			for (String p = u.parentCode(); p != null && units.containsKey(p) && seen.add(p); p = units.get(p).parentCode()) {
				descendants.computeIfAbsent(p, k -> new HashSet<>()).add(u.code());
			}
			if (u.type() == UnitType.STREET && u.regionCode() != null) {
				streetOffices.putIfAbsent(u.regionCode(), u);
			}
		}
		descendants.replaceAll((k, v) -> Set.copyOf(v));
	}

	boolean isSameOrBelow(String unitCode, String ancestorCode) {
		if (unitCode == null || ancestorCode == null || !units.containsKey(unitCode)) {
			return false;
		}
		int depth = 0;
		for (String c = unitCode; c != null && depth++ < 32; c = units.containsKey(c) ? units.get(c).parentCode() : null) {
			if (c.equals(ancestorCode)) {
				return true;
			}
		}
		return false;
	}

	List<Region> regionAndAncestors(String code) {
		List<Region> chain = new ArrayList<>();
		Region r = code == null ? null : regions.get(code);
		while (r != null && chain.size() < 8) {
			chain.add(r);
			r = r.parentCode() == null ? null : regions.get(r.parentCode());
		}
		return chain;
	}

	/** Whether {@code code} is {@code ancestor} or lies below it in the region tree. */
	boolean regionWithin(String code, String ancestor) {
		return regionAndAncestors(code).stream().anyMatch(r -> r.code().equals(ancestor));
	}
}
