package org.liandong.directory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.liandong.directory.Region;
import org.liandong.directory.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On first start (empty tables) loads the jurisdiction's regions, units and responsibility list from the data
 * folder in one transaction, then fills the in-memory directory. Runs before the identity module's demo users
 * ({@code @Order(200)}), which need the units.
 */
@Component
@Order(100)
class ReferenceDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

	private final DirectoryProperties properties;

	private final ResourceLoader resources;

	private final Regions regions;

	private final Units units;

	private final Items items;

	private final ItemService itemService;

	private final InMemoryDirectory directory;

	private final TransactionTemplate tx;

	ReferenceDataLoader(DirectoryProperties properties, ResourceLoader resources, Regions regions, Units units,
			Items items, ItemService itemService, InMemoryDirectory directory, TransactionTemplate tx) {
		this.properties = properties;
		this.resources = resources;
		this.regions = regions;
		this.units = units;
		this.items = items;
		this.itemService = itemService;
		this.directory = directory;
		this.tx = tx;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		tx.executeWithoutResult(status -> load());
		directory.refresh();
		log.info("Directory ready: {} regions, {} units, {} items ({} ms)", directory.allRegions().size(),
				directory.allUnits().size(), directory.allItems().size(), (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		List<Region> regionList = null;
		if (regions.count() == 0) {
			regionList = RegionSource.read(text(properties.divisionsFile()),
					text(properties.coordinatesFile()), text(properties.shortNamesFile()));
			regions.insertAll(regionList);
		}
		if (units.count() == 0) {
			List<Region> all = regionList != null ? regionList : regions.findAll();
			units.insertAll(UnitTreeBuilder.build(all, text(properties.unitsFile())));
		}
		if (items.count() == 0) {
			Set<String> unitCodes = units.findAll().stream().map(Unit::code).collect(Collectors.toSet());
			itemService.seed(Csv.parse(text(properties.itemsFile())), unitCodes::contains);
		}
	}

	private String text(String file) {
		String location = properties.dataLocation() + file;
		try (InputStream in = resources.getResource(location).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read reference data " + location, e);
		}
	}
}
