package org.liandong.directory.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.directory.Item;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The {@link Directory} from an in-memory snapshot of the tables. The snapshot is replaced after every change on
 * this node and, for changes made on other nodes, when a cheap periodic check sees the item table change.
 */
@Service
class InMemoryDirectory implements Directory {

	private static final Logger log = LoggerFactory.getLogger(InMemoryDirectory.class);

	private final Regions regions;

	private final Units units;

	private final Items items;

	private volatile DirectorySnapshot snapshot;

	private volatile String itemMarker;

	InMemoryDirectory(Regions regions, Units units, Items items) {
		this.regions = regions;
		this.units = units;
		this.items = items;
	}

	/** Reloads every table into a new snapshot. */
	synchronized void refresh() {
		String marker = items.changeMarker();
		snapshot = new DirectorySnapshot(regions.findAll(), units.findAll(), items.findAll());
		itemMarker = marker;
	}

	@Scheduled(initialDelayString = "${liandong.directory.refresh-check:PT30S}",
			fixedDelayString = "${liandong.directory.refresh-check:PT30S}")
	void refreshIfChangedElsewhere() {
		try {
			if (snapshot != null && !items.changeMarker().equals(itemMarker)) {
				refresh();
			}
		}
		catch (RuntimeException e) {
			log.warn("Could not check the directory for changes: {}", e.getMessage());
		}
	}

	DirectorySnapshot snapshot() {
		DirectorySnapshot s = snapshot;
		if (s == null) {
			refresh();
			s = snapshot;
		}
		return s;
	}

	@Override
	public Optional<Region> region(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(snapshot().regions.get(code));
	}

	@Override
	public Optional<Unit> unit(String code) {
		return code == null ? Optional.empty() : Optional.ofNullable(snapshot().units.get(code));
	}

	@Override
	public Optional<Item> item(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(snapshot().items.get(code)).map(ItemEntry::item);
	}

	@Override
	public Set<String> unitAndDescendants(String unitCode) {
		return unitCode == null ? Set.of() : snapshot().descendants.getOrDefault(unitCode, Set.of());
	}

	@Override
	public boolean isSameOrBelow(String unitCode, String ancestorCode) {
		return snapshot().isSameOrBelow(unitCode, ancestorCode);
	}

	@Override
	public Optional<Unit> streetOfficeFor(String regionCode) {
		DirectorySnapshot s = snapshot();
		Region r = regionCode == null ? null : s.regions.get(regionCode);
		if (r == null) {
			return Optional.empty();
		}
		if (r.level() == RegionLevel.COMMUNITY) {
			r = s.regions.get(r.parentCode());
		}
		return r == null || r.level() != RegionLevel.STREET ? Optional.empty()
				: Optional.ofNullable(s.streetOffices.get(r.code()));
	}

	@Override
	public List<Region> regionAndAncestors(String regionCode) {
		return snapshot().regionAndAncestors(regionCode);
	}

	@Override
	public List<Unit> allUnits() {
		return List.copyOf(snapshot().units.values());
	}

	@Override
	public Region city() {
		Region city = snapshot().city;
		if (city == null) {
			throw new IllegalStateException("The directory has no city region (reference data not loaded)");
		}
		return city;
	}

	@Override
	public List<Region> allRegions() {
		return List.copyOf(snapshot().regions.values());
	}

	@Override
	public List<Item> allItems() {
		return snapshot().items.values().stream().map(ItemEntry::item).toList();
	}
}
