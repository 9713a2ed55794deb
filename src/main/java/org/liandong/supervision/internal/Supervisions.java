package org.liandong.supervision.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.RegionCodes;
import org.liandong.supervision.SupervisionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code sv_supervision} and {@code sv_urge}. */
@Repository
class Supervisions {

	private final JdbcClient jdbc;

	Supervisions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts unless a record with the same source key exists; answers whether it was inserted. When two deliveries
	 * of one event race, the unique source key lets only one insert and the other does nothing.
	 */
	boolean insert(Supervision s, String sourceKey, String regionCode) {
		boolean exists = jdbc.sql("SELECT COUNT(*) FROM sv_supervision WHERE source_key = :source")
			.param("source", sourceKey)
			.query(Long.class)
			.single() > 0;
		if (exists) {
			return false;
		}
		return jdbc.sql("""
				INSERT INTO sv_supervision (id, work_order_id, order_number, unit_code, region_code, level, reason, due_at,
				automatic, breach_kind, source_key, opened_by, opened_at, overdue)
				VALUES (:id, :order, :number, :unit, :region, :level, :reason, :due, :automatic, :kind, :source, :by, :at,
				FALSE)
				ON CONFLICT DO NOTHING""")
			.param("id", s.id())
			.param("region", regionCode)
			.param("order", s.workOrderId())
			.param("number", s.orderNumber())
			.param("unit", s.unitCode())
			.param("level", s.level().name())
			.param("reason", s.reason())
			.param("due", utc(s.dueAt()))
			.param("automatic", s.automatic())
			.param("kind", s.breachKind() == null ? null : s.breachKind().name())
			.param("source", sourceKey)
			.param("by", s.openedBy())
			.param("at", utc(s.openedAt()))
			.update() == 1;
	}

	void insert(Urge u, String regionCode) {
		jdbc.sql("INSERT INTO sv_urge (id, work_order_id, order_number, unit_code, region_code, note, urged_by, urged_at) "
				+ "VALUES (:id, :order, :number, :unit, :region, :note, :by, :at)")
			.param("id", u.id())
			.param("region", regionCode)
			.param("order", u.workOrderId())
			.param("number", u.orderNumber())
			.param("unit", u.unitCode())
			.param("note", u.note())
			.param("by", u.urgedBy())
			.param("at", utc(u.at()))
			.update();
	}

	Optional<Supervision> find(String id) {
		return jdbc.sql("SELECT * FROM sv_supervision WHERE id = :id").param("id", id).query(Supervisions::map).optional();
	}

	List<Supervision> openOf(String orderId) {
		return jdbc.sql("SELECT * FROM sv_supervision WHERE work_order_id = :order AND closed_at IS NULL")
			.param("order", orderId)
			.query(Supervisions::map)
			.list();
	}

	List<Urge> urgesOf(String orderId) {
		return jdbc.sql("SELECT * FROM sv_urge WHERE work_order_id = :order ORDER BY urged_at")
			.param("order", orderId)
			.query((rs, i) -> new Urge(rs.getString("id"), rs.getString("work_order_id"), rs.getString("order_number"),
					rs.getString("unit_code"), rs.getString("note"), rs.getString("urged_by"), instant(rs, "urged_at")))
			.list();
	}

	boolean close(String id, Instant at, String reason) {
		return jdbc.sql("UPDATE sv_supervision SET closed_at = :at, close_reason = :reason "
				+ "WHERE id = :id AND closed_at IS NULL")
			.param("at", utc(at))
			.param("reason", reason)
			.param("id", id)
			.update() == 1;
	}

	/**
	 * The open records a supervisor opened on the order go with it to its lead unit ({@code unitCode} null while it
	 * waits for dispatch) and its region; answers how many moved.
	 */
	int follow(String orderId, String unitCode, String regionCode) {
		return jdbc.sql("UPDATE sv_supervision SET unit_code = :unit, region_code = :region WHERE work_order_id = :order "
				+ "AND automatic = FALSE AND closed_at IS NULL")
			.param("unit", unitCode)
			.param("region", regionCode)
			.param("order", orderId)
			.update();
	}

	boolean flagOverdue(String id) {
		return jdbc.sql("UPDATE sv_supervision SET overdue = TRUE WHERE id = :id AND overdue = FALSE AND closed_at IS NULL")
			.param("id", id)
			.update() == 1;
	}

	/**
	 * Newest first; {@code units} null for all, else records whose unit is one of them; {@code regionScope} null for
	 * every region, else records on orders within it ({@link RegionCodes#scopeCondition}).
	 */
	PageResult<Supervision> search(Collection<String> units, String regionScope, Boolean open, String orderId,
			PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		String inRegion = regionScope == null ? null : RegionCodes.scopeCondition("region_code", regionScope, params);
		if (inRegion != null) {
			where.append(" AND ").append(inRegion);
		}
		if (units != null) {
			where.append(" AND unit_code IN (:units)");
			params.put("units", units.isEmpty() ? List.of("-") : units);
		}
		if (open != null) {
			where.append(open ? " AND closed_at IS NULL" : " AND closed_at IS NOT NULL");
		}
		if (orderId != null) {
			where.append(" AND work_order_id = :order");
			params.put("order", orderId);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM sv_supervision" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Supervision> rows = jdbc
			.sql("SELECT * FROM sv_supervision" + where + " ORDER BY opened_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(Supervisions::map)
			.list();
		return PageResult.of(rows, page, total);
	}

	/**
	 * Per unit: supervision records (all, open, automatic, overdue, per level) and urgings; of the units given (null
	 * for all) and on orders within the region scope (null for every region).
	 */
	List<UnitHistory> history(Collection<String> units, String regionScope) {
		Map<String, Object> params = new HashMap<>();
		// a record on an order waiting for dispatch belongs to no unit yet: it is no unit's history
		List<String> conditions = new java.util.ArrayList<>(List.of("unit_code IS NOT NULL"));
		if (units != null) {
			conditions.add("unit_code IN (:units)");
			params.put("units", units.isEmpty() ? List.of("-") : units);
		}
		String inRegion = regionScope == null ? null : RegionCodes.scopeCondition("region_code", regionScope, params);
		if (inRegion != null) {
			conditions.add(inRegion);
		}
		String where = " WHERE " + String.join(" AND ", conditions);
		Map<String, Long> urges = new HashMap<>();
		jdbc.sql("SELECT unit_code, COUNT(*) FROM sv_urge" + where + " GROUP BY unit_code").params(params).query(rs -> {
			urges.put(rs.getString(1), rs.getLong(2));
		});
		Map<String, UnitHistory> result = new java.util.TreeMap<>();
		jdbc.sql("""
				SELECT unit_code, COUNT(*), SUM(CASE WHEN closed_at IS NULL THEN 1 ELSE 0 END),
				  SUM(CASE WHEN automatic THEN 1 ELSE 0 END), SUM(CASE WHEN overdue THEN 1 ELSE 0 END),
				  SUM(CASE WHEN level = 'NORMAL' THEN 1 ELSE 0 END), SUM(CASE WHEN level = 'KEY' THEN 1 ELSE 0 END),
				  SUM(CASE WHEN level = 'LISTED' THEN 1 ELSE 0 END)
				FROM sv_supervision""" + where + " GROUP BY unit_code").params(params).query(rs -> {
			String unit = rs.getString(1);
			result.put(String.valueOf(unit), new UnitHistory(unit, rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), urges.getOrDefault(unit, 0L)));
		});
		urges.forEach((unit, n) -> result.putIfAbsent(String.valueOf(unit),
				new UnitHistory(unit, 0, 0, 0, 0, 0, 0, 0, n)));
		return List.copyOf(result.values());
	}

	/** A unit's supervision history in numbers. */
	record UnitHistory(String unitCode, long supervisions, long open, long automatic, long overdue, long normal,
			long key, long listed, long urges) {
	}

	private static Supervision map(ResultSet rs, int row) throws SQLException {
		Instant closed = instant(rs, "closed_at");
		String kind = rs.getString("breach_kind");
		return new Supervision(rs.getString("id"), rs.getString("work_order_id"), rs.getString("order_number"),
				rs.getString("unit_code"), SupervisionLevel.valueOf(rs.getString("level")), rs.getString("reason"),
				instant(rs, "due_at"), rs.getBoolean("automatic"), rs.getString("opened_by"), instant(rs, "opened_at"),
				rs.getBoolean("overdue"), closed == null, closed, rs.getString("close_reason"),
				kind == null ? null : BreachedDeadline.valueOf(kind));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
