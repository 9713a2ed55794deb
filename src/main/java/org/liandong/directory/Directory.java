package org.liandong.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Read access to regions, units and responsibility items for the other modules. Answers come from in-memory
 * snapshots refreshed when the data changes, so callers may use them on hot paths.
 */
public interface Directory {

	Optional<Region> region(String code);

	Optional<Unit> unit(String code);

	/** A unit's name for people to read; a code the directory does not know as it is. */
	default String unitName(String code) {
		return unit(code).map(Unit::name).orElse(code);
	}

	Optional<Item> item(String code);

	/** The unit and every unit below it in the tree; empty when the unit does not exist. */
	Set<String> unitAndDescendants(String unitCode);

	/** Whether {@code unitCode} is {@code ancestorCode} or lies below it. */
	boolean isSameOrBelow(String unitCode, String ancestorCode);

	/**
	 * The street/town office responsible for a place: the region itself when it is a street/town, its parent street
	 * when it is a community; empty for a city or district or an unknown code.
	 */
	Optional<Unit> streetOfficeFor(String regionCode);

	/** The region and its ancestors up to the city, nearest first. */
	List<Region> regionAndAncestors(String regionCode);

	/** Every unit code, for bulk work such as creating the demo handlers. */
	List<Unit> allUnits();

	/** The city region (root of the region tree). */
	Region city();

	/** Every region, city first then by code, for gazetteers and region pickers. */
	List<Region> allRegions();

	/** Every responsibility item, enabled or not, by code (for classifiers and the Open311 service list). */
	List<Item> allItems();
}
