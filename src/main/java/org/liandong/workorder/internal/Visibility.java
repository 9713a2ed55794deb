package org.liandong.workorder.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.RegionCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who sees an order (CONTRACT §4): ADMIN everything; operators, dispatchers, supervisors and leaders every order in
 * their region scope (and orders without a region when their scope is the whole city); a unit's handlers the orders
 * where the unit or a unit below it leads, co-handles or is summoned; grid workers the orders in their grids.
 */
@Component
class Visibility {

	private final Directory directory;
	private final JdbcClient jdbc;

	Visibility(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	boolean canSee(Actor actor, WorkOrder order) {
		if (actor.isAdmin()) {
			return true;
		}
		if (actor.hasRegionScope()) {
			return RegionCodes.includes(actor.regionCode(), order.regionCode);
		}
		if (actor.is(Role.HANDLER)) {
			if (actor.unitCode() == null) {
				return false;
			}
			List<String> units = jdbc.sql("SELECT unit_code FROM wo_participant WHERE order_id = :id")
				.param("id", order.id)
				.query(String.class)
				.list();
			return units.stream().anyMatch(u -> directory.isSameOrBelow(u, actor.unitCode()));
		}
		if (actor.is(Role.GRID_WORKER)) {
			return order.gridCode != null && actor.gridCodes().contains(order.gridCode);
		}
		return false;
	}

	/** A SQL condition on {@code o} (the order table) for list queries, with its parameters added to {@code params}. */
	String condition(Actor actor, Map<String, Object> params) {
		if (actor.isAdmin()) {
			return "1 = 1";
		}
		if (actor.hasRegionScope()) {
			String prefix = RegionCodes.prefix(actor.regionCode());
			if (prefix == null) {
				return "1 = 0";
			}
			String startsWith = RegionCodes.startsWith("o.region_code", prefix, "scopePrefix", params);
			if (RegionCodes.isCity(actor.regionCode())) {
				return "(o.region_code IS NULL OR " + startsWith + ")";
			}
			return startsWith;
		}
		if (actor.is(Role.HANDLER) && actor.unitCode() != null) {
			Set<String> units = directory.unitAndDescendants(actor.unitCode());
			if (units.isEmpty()) {
				return "1 = 0";
			}
			params.put("scopeUnits", units);
			return "EXISTS (SELECT 1 FROM wo_participant p WHERE p.order_id = o.id AND p.unit_code IN (:scopeUnits))";
		}
		if (actor.is(Role.GRID_WORKER) && !actor.gridCodes().isEmpty()) {
			params.put("scopeGrids", actor.gridCodes());
			return "o.grid_code IN (:scopeGrids)";
		}
		return "1 = 0";
	}
}
