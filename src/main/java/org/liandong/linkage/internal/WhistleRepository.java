package org.liandong.linkage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liandong.linkage.WhistleType;
import org.liandong.shared.PageQuery;
import org.liandong.shared.RegionCodes;
import org.liandong.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code lk_whistle}, {@code lk_summons} and {@code lk_timeline}. */
@Repository
class WhistleRepository {

	private static final String COLUMNS = "w.id, w.whistle_type, w.work_order_id, w.unit_code, w.region_code, w.description, "
			+ "w.status, w.report_due_at, w.blown_by, w.blown_at, w.closed_at, w.close_note, w.version";

	private final JdbcClient jdbc;

	WhistleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Whistle w) {
		jdbc.sql("""
				INSERT INTO lk_whistle (id, whistle_type, work_order_id, unit_code, region_code, description, status,
				report_due_at, blown_by, blown_at, version)
				VALUES (:id, :type, :order, :unit, :region, :description, :status, :due, :by, :at, 0)""")
			.param("id", w.id())
			.param("type", w.type().name())
			.param("order", w.workOrderId())
			.param("unit", w.unitCode())
			.param("region", w.regionCode())
			.param("description", w.description())
			.param("status", w.status())
			.param("due", utc(w.reportDueAt()))
			.param("by", w.blownBy())
			.param("at", utc(w.blownAt()))
			.update();
		for (Whistle.Summons s : w.summons()) {
			jdbc.sql("INSERT INTO lk_summons (whistle_id, unit_code, late, missing) VALUES (:id, :unit, FALSE, FALSE)")
				.param("id", w.id())
				.param("unit", s.unitCode())
				.update();
		}
	}

	Optional<Whistle> find(String id) {
		return load(id, "");
	}

	/** The whistle, its row locked until the transaction ends (changes to one whistle are serialised). */
	Optional<Whistle> lock(String id) {
		return load(id, " FOR UPDATE");
	}

	private Optional<Whistle> load(String id, String lock) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM lk_whistle w WHERE w.id = :id" + lock)
			.param("id", id)
			.query((rs, i) -> map(rs, summons(rs.getString("id"))))
			.optional();
	}

	List<Whistle.Summons> summons(String whistleId) {
		return jdbc.sql("SELECT * FROM lk_summons WHERE whistle_id = :id ORDER BY unit_code")
			.param("id", whistleId)
			.query((rs, i) -> new Whistle.Summons(rs.getString("unit_code"), instant(rs, "reported_at"),
					rs.getString("reported_by"), rs.getBoolean("late"), rs.getBoolean("missing"), rs.getString("note"),
					(Double) rs.getObject("lat", Double.class), (Double) rs.getObject("lon", Double.class),
					(Integer) rs.getObject("score", Integer.class), rs.getString("rating_comment"),
					instant(rs, "rated_at")))
			.list();
	}

	void report(String whistleId, String unitCode, Instant at, String by, boolean late, String note, Double lat,
			Double lon) {
		jdbc.sql("UPDATE lk_summons SET reported_at = :at, reported_by = :by, late = :late, note = :note, lat = :lat, "
				+ "lon = :lon WHERE whistle_id = :id AND unit_code = :unit")
			.param("at", utc(at))
			.param("by", by)
			.param("late", late)
			.param("note", note)
			.param("lat", lat)
			.param("lon", lon)
			.param("id", whistleId)
			.param("unit", unitCode)
			.update();
	}

	/** Flags a unit that had not reported at the limit; false when it reported or was flagged already. */
	boolean flagMissing(String whistleId, String unitCode) {
		return jdbc.sql("UPDATE lk_summons SET missing = TRUE WHERE whistle_id = :id AND unit_code = :unit "
				+ "AND reported_at IS NULL AND missing = FALSE")
			.param("id", whistleId)
			.param("unit", unitCode)
			.update() == 1;
	}

	void rate(String whistleId, String unitCode, int score, String comment, Instant at) {
		jdbc.sql("UPDATE lk_summons SET score = :score, rating_comment = :comment, rated_at = :at "
				+ "WHERE whistle_id = :id AND unit_code = :unit")
			.param("score", score)
			.param("comment", comment)
			.param("at", utc(at))
			.param("id", whistleId)
			.param("unit", unitCode)
			.update();
	}

	void close(String id, Instant at, String note) {
		jdbc.sql("UPDATE lk_whistle SET status = 'CLOSED', closed_at = :at, close_note = :note WHERE id = :id")
			.param("at", utc(at))
			.param("note", note)
			.param("id", id)
			.update();
	}

	void bumpVersion(String id) {
		jdbc.sql("UPDATE lk_whistle SET version = version + 1 WHERE id = :id").param("id", id).update();
	}

	void append(String whistleId, Whistle.Entry e) {
		jdbc.sql("INSERT INTO lk_timeline (id, whistle_id, at, actor, action, unit_code, note) "
				+ "VALUES (:id, :whistle, :at, :actor, :action, :unit, :note)")
			.param("id", UUID.randomUUID().toString())
			.param("whistle", whistleId)
			.param("at", utc(e.at()))
			.param("actor", e.actor())
			.param("action", e.action())
			.param("unit", e.unitCode())
			.param("note", e.note())
			.update();
	}

	List<Whistle.Entry> timeline(String whistleId) {
		return jdbc.sql("SELECT * FROM lk_timeline WHERE whistle_id = :id ORDER BY at, action")
			.param("id", whistleId)
			.query((rs, i) -> new Whistle.Entry(instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
					rs.getString("unit_code"), rs.getString("note")))
			.list();
	}

	/**
	 * Whistles newest first; {@code units} (when not null) keeps those blown by or summoning one of these units;
	 * {@code open} filters by state.
	 */
	PageResult<Whistle> search(Collection<String> units, String regionScope, Boolean open, String workOrderId,
			PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> params = new java.util.HashMap<>();
		String inRegion = regionScope == null ? null : RegionCodes.scopeCondition("w.region_code", regionScope, params);
		if (inRegion != null) {
			where.append(" AND ").append(inRegion);
		}
		if (units != null) {
			where.append(" AND (w.unit_code IN (:units) OR EXISTS (SELECT 1 FROM lk_summons s "
					+ "WHERE s.whistle_id = w.id AND s.unit_code IN (:units)))");
			params.put("units", units.isEmpty() ? List.of("-") : units);
		}
		if (open != null) {
			where.append(" AND w.status = :status");
			params.put("status", open ? Whistle.OPEN : Whistle.CLOSED);
		}
		if (workOrderId != null) {
			where.append(" AND w.work_order_id = :order");
			params.put("order", workOrderId);
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM lk_whistle w" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Whistle> rows = new ArrayList<>(jdbc
			.sql("SELECT " + COLUMNS + " FROM lk_whistle w" + where
					+ " ORDER BY w.blown_at DESC, w.id LIMIT :limit OFFSET :offset")
			.params(params)
			.query((rs, i) -> map(rs, List.of()))
			.list());
		rows.replaceAll(w -> withSummons(w, summons(w.id())));
		return PageResult.of(rows, page, total);
	}

	private static Whistle withSummons(Whistle w, List<Whistle.Summons> summons) {
		return new Whistle(w.id(), w.type(), w.workOrderId(), w.unitCode(), w.regionCode(), w.description(), w.status(),
				w.reportDueAt(), w.blownBy(), w.blownAt(), w.closedAt(), w.closeNote(), w.version(), summons);
	}

	private static Whistle map(ResultSet rs, List<Whistle.Summons> summons) throws SQLException {
		return new Whistle(rs.getString("id"), WhistleType.valueOf(rs.getString("whistle_type")),
				rs.getString("work_order_id"), rs.getString("unit_code"), rs.getString("region_code"),
				rs.getString("description"),
				rs.getString("status"), instant(rs, "report_due_at"), rs.getString("blown_by"), instant(rs, "blown_at"),
				instant(rs, "closed_at"), rs.getString("close_note"), rs.getInt("version"), summons);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
