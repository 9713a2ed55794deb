package org.liandong.deadline.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.liandong.deadline.DeadlineOwner;
import org.liandong.deadline.DeadlineStatus;
import org.liandong.shared.LimitMode;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rows of {@code dl_deadline}. Every change bumps {@code version}; the poller's claims depend on it. */
@Repository
class DeadlineRows {

	private static final String COLUMNS = """
			id, owner_type, owner_id, kind, limit_mode, limit_duration, started_at, warn_at, due_at, status,
			resume_status, suspended_at, warned_at, breached_at, attempts, next_attempt_at, last_error, version,
			created_at, updated_at""";

	private final JdbcClient jdbc;

	private final Clock clock;

	DeadlineRows(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(DeadlineRow row) {
		jdbc.sql("INSERT INTO dl_deadline (" + COLUMNS + ") VALUES (:id, :ownerType, :ownerId, :kind, :mode, "
				+ ":duration, :startedAt, :warnAt, :dueAt, :status, :resumeStatus, :suspendedAt, :warnedAt, "
				+ ":breachedAt, :attempts, :nextAttemptAt, :lastError, :version, :createdAt, :updatedAt)")
			.params(params(row))
			.param("createdAt", Timestamps.utc(row.createdAt()))
			.update();
	}

	/** Locks and returns the owner's rows in the given states, of one kind or (kind null) of every kind. */
	List<DeadlineRow> lockByOwner(DeadlineOwner owner, String kind, Collection<DeadlineStatus> statuses) {
		return byOwner(owner, kind, statuses, " FOR UPDATE");
	}

	/** The owner's rows in the given states, oldest first, without locking them. */
	List<DeadlineRow> byOwner(DeadlineOwner owner, Collection<DeadlineStatus> statuses) {
		return byOwner(owner, null, statuses, "");
	}

	private List<DeadlineRow> byOwner(DeadlineOwner owner, String kind, Collection<DeadlineStatus> statuses,
			String lock) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM dl_deadline WHERE owner_type = :type AND owner_id = :ownerId"
				+ (kind == null ? "" : " AND kind = :kind") + " AND status IN (:statuses) ORDER BY created_at, id" + lock)
			.param("type", owner.type())
			.param("ownerId", owner.id())
			.params(kind == null ? Map.of() : Map.of("kind", kind))
			.param("statuses", statuses.stream().map(Enum::name).toList())
			.query(DeadlineRows::map)
			.list();
	}

	/** Writes every mutable column of a row read at {@code row.version()}; fails when it changed since. */
	void update(DeadlineRow row) {
		int updated = jdbc.sql("""
				UPDATE dl_deadline SET started_at = :startedAt, warn_at = :warnAt, due_at = :dueAt, status = :status,
				 resume_status = :resumeStatus, suspended_at = :suspendedAt, warned_at = :warnedAt,
				 breached_at = :breachedAt, attempts = :attempts, next_attempt_at = :nextAttemptAt,
				 last_error = :lastError, version = version + 1, updated_at = :updatedAt
				WHERE id = :id AND version = :version""")
			.params(params(row))
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Deadline " + row.id() + " changed concurrently");
		}
	}

	/**
	 * The rows with something to fire at {@code now} (a warning or a breach), not waiting for a retry, earliest
	 * first.
	 */
	List<DeadlineRow> due(Instant now, int limit) {
		// two index ranges, (status, warn_at) and (status, due_at), rather than one OR of both: H2 scanned the whole
		// table for the OR, PostgreSQL every open row; a PENDING row past its due time is past its warning time too
		// (ck_dl_deadline_order), so the first range holds it
		String retry = " AND (next_attempt_at IS NULL OR next_attempt_at <= :now)";
		return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + " FROM dl_deadline WHERE status = 'PENDING' AND warn_at <= :now"
				+ retry + " UNION ALL SELECT " + COLUMNS + " FROM dl_deadline WHERE status = 'WARNED' AND due_at <= :now"
				+ retry + ") d ORDER BY warn_at, id LIMIT :limit")
			.param("now", Timestamps.utc(now))
			.param("limit", limit)
			.query(DeadlineRows::map)
			.list();
	}

	/**
	 * Moves a row read at {@code row.version()} to {@code status}: the claim of a firing. Only one transaction can
	 * succeed for one version; every other one, on any instance, updates nothing and returns false. The fired times
	 * are written as given (null clears them).
	 */
	boolean claim(DeadlineRow row, DeadlineStatus status, Instant warnedAt, Instant breachedAt) {
		return jdbc.sql("""
				UPDATE dl_deadline SET status = :status, warned_at = :warnedAt,
				 breached_at = :breachedAt, attempts = 0, next_attempt_at = NULL, last_error = NULL,
				 version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version AND status = :expected""")
			.param("status", status.name())
			.param("warnedAt", Timestamps.utc(warnedAt))
			.param("breachedAt", Timestamps.utc(breachedAt))
			.param("now", Timestamps.utc(clock.instant()))
			.param("id", row.id())
			.param("version", row.version())
			.param("expected", row.status().name())
			.update() == 1;
	}

	/** Records a failed firing of a row read at {@code row.version()}; false when the row moved on meanwhile. */
	boolean recordFailure(DeadlineRow row, DeadlineStatus status, int attempts, Instant nextAttemptAt, String error) {
		return jdbc.sql("""
				UPDATE dl_deadline SET status = :status, attempts = :attempts, next_attempt_at = :next,
				 last_error = :error, version = version + 1, updated_at = :now
				WHERE id = :id AND version = :version""")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("next", Timestamps.utc(nextAttemptAt))
			.param("error", error)
			.param("now", Timestamps.utc(clock.instant()))
			.param("id", row.id())
			.param("version", row.version())
			.update() == 1;
	}

	PageResult<DeadlineRow> page(String ownerType, String ownerId, DeadlineStatus status, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		Map<String, Object> filter = new HashMap<>();
		if (ownerType != null) {
			where.append(" AND owner_type = :type");
			filter.put("type", ownerType);
		}
		if (ownerId != null) {
			where.append(" AND owner_id = :ownerId");
			filter.put("ownerId", ownerId);
		}
		if (status != null) {
			where.append(" AND status = :status");
			filter.put("status", status.name());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM dl_deadline" + where).params(filter).query(Long.class).single();
		List<DeadlineRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM dl_deadline" + where
				+ " ORDER BY created_at DESC, id LIMIT :size OFFSET :offset")
			.params(filter)
			.param("size", page.size())
			.param("offset", page.offset())
			.query(DeadlineRows::map)
			.list();
		return PageResult.of(rows, page, total);
	}

	private Map<String, Object> params(DeadlineRow row) {
		Map<String, Object> p = new HashMap<>();
		p.put("id", row.id());
		p.put("ownerType", row.owner().type());
		p.put("ownerId", row.owner().id());
		p.put("kind", row.kind());
		p.put("mode", row.mode().name());
		p.put("duration", row.duration().toString());
		p.put("startedAt", Timestamps.utc(row.startedAt()));
		p.put("warnAt", Timestamps.utc(row.warnAt()));
		p.put("dueAt", Timestamps.utc(row.dueAt()));
		p.put("status", row.status().name());
		p.put("resumeStatus", row.resumeStatus() == null ? null : row.resumeStatus().name());
		p.put("suspendedAt", Timestamps.utc(row.suspendedAt()));
		p.put("warnedAt", Timestamps.utc(row.warnedAt()));
		p.put("breachedAt", Timestamps.utc(row.breachedAt()));
		p.put("attempts", row.attempts());
		p.put("nextAttemptAt", Timestamps.utc(row.nextAttemptAt()));
		p.put("lastError", row.lastError());
		p.put("version", row.version());
		p.put("updatedAt", Timestamps.utc(clock.instant()));
		return p;
	}

	private static DeadlineRow map(ResultSet rs, int n) throws SQLException {
		String resume = rs.getString("resume_status");
		return new DeadlineRow(rs.getString("id"), new DeadlineOwner(rs.getString("owner_type"), rs.getString("owner_id")),
				rs.getString("kind"), LimitMode.valueOf(rs.getString("limit_mode")),
				Duration.parse(rs.getString("limit_duration")), Timestamps.instant(rs, "started_at"),
				Timestamps.instant(rs, "warn_at"), Timestamps.instant(rs, "due_at"),
				DeadlineStatus.valueOf(rs.getString("status")), resume == null ? null : DeadlineStatus.valueOf(resume),
				Timestamps.instant(rs, "suspended_at"), Timestamps.instant(rs, "warned_at"),
				Timestamps.instant(rs, "breached_at"), rs.getInt("attempts"), Timestamps.instant(rs, "next_attempt_at"),
				rs.getString("last_error"), rs.getLong("version"), Timestamps.instant(rs, "created_at"),
				Timestamps.instant(rs, "updated_at"));
	}
}
