package org.liandong.directory.internal;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;
import org.liandong.shared.NotFoundException;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

/** Regions and units (CONTRACT §3), for any authenticated caller. */
@RestController
@RequestMapping("/api/v1")
class ReferenceDataController {

	private final InMemoryDirectory directory;

	private final DirectoryQueries queries;

	ReferenceDataController(InMemoryDirectory directory, DirectoryQueries queries) {
		this.directory = directory;
		this.queries = queries;
	}

	/** Regions by level, parent code and text (code prefix, name or short name). */
	@Operation(summary = "Regions, by level, parent and name (the 12-digit national statistical codes)")
	@GetMapping("/regions")
	PageResult<Region> regions(@RequestParam(required = false) RegionLevel level,
			@RequestParam(required = false) String parent, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.regions(level, parent, q, PageQuery.of(page, size));
	}

	@Operation(summary = "One region")
	@GetMapping("/regions/{code}")
	Region region(@PathVariable String code) {
		return directory.region(code).orElseThrow(() -> new NotFoundException("No region " + code));
	}

	/** Units by type, region (units serving that region or a region below it) and text (code or name). */
	@Operation(summary = "Units, by type, region and name")
	@GetMapping("/units")
	PageResult<Unit> units(@RequestParam(required = false) UnitType type,
			@RequestParam(required = false) String region, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return queries.units(type, region, q, PageQuery.of(page, size));
	}

	@Operation(summary = "One unit")
	@GetMapping("/units/{code}")
	Unit unit(@PathVariable String code) {
		return directory.unit(code).orElseThrow(() -> new NotFoundException("No unit " + code));
	}
}
