package org.liandong.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.liandong.directory.Directory;
import org.liandong.identity.GridCodes;
import org.liandong.identity.Role;
import org.liandong.shared.InvalidRequestException;
import org.liandong.shared.InvalidRequestException.FieldError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What scope each role needs: a HANDLER an existing unit; operators, dispatchers, supervisors and leaders a region
 * (the whole city unless told otherwise); a GRID_WORKER one or more grids; an ADMIN the whole city. Fields a role
 * does not use are dropped unchecked, so a stored scope always fits its role: only a handler keeps a unit (which
 * decides what it sees and does: a unit code kept by another role would make it a co-unit's voice, say), only
 * region roles a region of their choice, only a grid worker grids.
 */
@Component
class ScopePolicy {

	private final Directory directory;

	private final List<GridCodes> knownGrids;

	private final String cityRegionCode;

	ScopePolicy(Directory directory, List<GridCodes> knownGrids,
			@Value("${liandong.jurisdiction.city-region-code:371000000000}") String city) {
		this.directory = directory;
		this.knownGrids = knownGrids;
		this.cityRegionCode = city;
	}

	Scope check(Role role, String unitCode, String regionCode, Collection<String> gridCodes) {
		List<FieldError> errors = new ArrayList<>();
		String unit = blankToNull(unitCode);
		String region = blankToNull(regionCode);
		Set<String> grids = new TreeSet<>();
		if (gridCodes != null) {
			gridCodes.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).forEach(grids::add);
		}
		if (role == Role.HANDLER && unit != null && directory.unit(unit).isEmpty()) {
			errors.add(new FieldError("unitCode", "Unknown unit: " + unit));
		}
		if (role == Role.HANDLER && unit == null) {
			errors.add(new FieldError("unitCode", "A HANDLER must belong to a unit."));
		}
		if (role == Role.GRID_WORKER && grids.isEmpty()) {
			errors.add(new FieldError("gridCodes", "A GRID_WORKER needs at least one grid."));
		}
		if (role == Role.GRID_WORKER && grids.stream().anyMatch(g -> g.length() > 64)) {
			errors.add(new FieldError("gridCodes", "A grid code has at most 64 characters."));
		}
		else if (role == Role.GRID_WORKER && !knownGrids.isEmpty()) {
			grids.stream()
				.filter(g -> knownGrids.stream().noneMatch(known -> known.exists(g)))
				.forEach(g -> errors.add(new FieldError("gridCodes", "Unknown grid: " + g)));
		}
		boolean regionScoped = role != Role.HANDLER && role != Role.GRID_WORKER;
		if (regionScoped && role != Role.ADMIN && region != null && directory.region(region).isEmpty()) {
			errors.add(new FieldError("regionCode", "Unknown region: " + region));
		}
		if (!errors.isEmpty()) {
			throw new InvalidRequestException("The user's scope is invalid.", errors);
		}
		return switch (role) {
			case HANDLER -> new Scope(unit, null, Set.of());
			case GRID_WORKER -> new Scope(null, null, grids);
			case ADMIN -> new Scope(null, cityRegionCode, Set.of());
			default -> new Scope(null, region == null ? cityRegionCode : region, Set.of());
		};
	}

	String cityRegionCode() {
		return cityRegionCode;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A checked scope, fitting its role. */
	record Scope(String unitCode, String regionCode, Set<String> gridCodes) {
	}
}
