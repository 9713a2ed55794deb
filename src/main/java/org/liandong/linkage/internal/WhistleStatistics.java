package org.liandong.linkage.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.liandong.directory.Directory;
import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.shared.Zones;
import org.liandong.workorder.WorkOrders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Linkage statistics per unit over whistles blown in a period: whistles blown and the whistle rate (吹哨率: whistles
 * per work order the unit led or co-handled, taken in during the same period), summons received, reports on time,
 * late and missing, and the average rating received.
 */
@Component
class WhistleStatistics {

	private final JdbcClient jdbc;
	private final WorkOrders workOrders;
	private final Directory directory;

	WhistleStatistics(JdbcClient jdbc, WorkOrders workOrders, Directory directory) {
		this.jdbc = jdbc;
		this.workOrders = workOrders;
		this.directory = directory;
	}

	/** Statistics of one unit and its numbers. */
	record UnitStatistics(String unitCode, String unitName, long orders, long whistlesBlown, Double whistleRate,
			long summoned, long reported, long reportedOnTime, long late, long missing, Double onTimeRate,
			long ratings, Double averageRating) {
	}

	@Transactional(readOnly = true)
	List<UnitStatistics> perUnit(Actor actor, String unit, LocalDate from, LocalDate to) {
		if (actor.is(Role.HANDLER)) {
			unit = actor.unitCode();
		}
		if (unit != null && !unit.isBlank() && directory.unit(unit.strip()).isEmpty()) { // as the evaluation's units
			throw new org.liandong.shared.NotFoundException("Unit " + unit.strip() + " not found.");
		}
		if (from != null && to != null && !to.isAfter(from)) { // as every date range of the API
			throw new org.liandong.shared.InvalidRequestException("to", "'to' must be after 'from'");
		}
		Instant start = from == null ? Instant.EPOCH : Zones.startOf(from);
		Instant end = to == null ? Instant.parse("9999-01-01T00:00:00Z") : Zones.startOf(to);
		Map<String, Object> params = Map.of("start", WhistleRepository.utc(start), "end", WhistleRepository.utc(end));
		Map<String, Long> blown = new HashMap<>();
		jdbc.sql("SELECT unit_code, COUNT(*) FROM lk_whistle WHERE blown_at >= :start AND blown_at < :end "
				+ "GROUP BY unit_code").params(params).query(rs -> {
					blown.put(rs.getString(1), rs.getLong(2));
				});
		Map<String, long[]> summons = new HashMap<>();
		Map<String, Double> avg = new HashMap<>();
		jdbc.sql("""
				SELECT s.unit_code, COUNT(*),
				  SUM(CASE WHEN s.reported_at IS NOT NULL THEN 1 ELSE 0 END),
				  SUM(CASE WHEN s.reported_at IS NOT NULL AND s.late = FALSE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN s.late = TRUE THEN 1 ELSE 0 END),
				  SUM(CASE WHEN s.reported_at IS NULL AND (s.missing = TRUE OR w.status = 'CLOSED') THEN 1 ELSE 0 END),
				  COUNT(s.score), AVG(CAST(s.score AS DOUBLE PRECISION))
				FROM lk_summons s JOIN lk_whistle w ON w.id = s.whistle_id
				WHERE w.blown_at >= :start AND w.blown_at < :end GROUP BY s.unit_code""").params(params).query(rs -> {
			summons.put(rs.getString(1), new long[] { rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7) });
			// read as an object: a unit never rated has no average (SQL NULL), not 0 (which lies outside 1–5)
			Object a = rs.getObject(8);
			avg.put(rs.getString(1), a instanceof Number n ? Double.valueOf(n.doubleValue()) : null);
		});
		Set<String> units = new TreeSet<>(blown.keySet());
		units.addAll(summons.keySet());
		if (unit != null && !unit.isBlank()) {
			units = Set.of(unit.strip());
		}
		List<UnitStatistics> result = new ArrayList<>();
		for (String code : units) {
			// the unit's own orders, as lead or co-unit: not those it was only summoned to (outside check,
			// 2026-11-28: a summoned unit's orders counted its summons), nor its sub-units'
			long orders = workOrders.countLedOrCoHandled(code, from, to);
			long b = blown.getOrDefault(code, 0L);
			long[] s = summons.getOrDefault(code, new long[6]);
			result.add(new UnitStatistics(code, directory.unitName(code), orders, b,
					orders == 0 ? null : round((double) b / orders), s[0], s[1], s[2], s[3], s[4],
					s[0] == 0 ? null : round((double) s[2] / s[0]), s[5],
					avg.get(code) == null ? null : round(avg.get(code))));
		}
		return result;
	}

	private static double round(double v) {
		return Math.round(v * 10000) / 10000.0;
	}
}
