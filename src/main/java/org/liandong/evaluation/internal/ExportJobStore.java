package org.liandong.evaluation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of {@code ev_export_job}; every write is a single statement in its own (auto-commit) transaction. */
@Component
class ExportJobStore {

	private static final String COLUMNS = "id, owner_id, format, report_month, state, progress, error, file_name, "
			+ "CASE WHEN content IS NULL THEN NULL ELSE OCTET_LENGTH(content) END AS size, created_at, finished_at, "
			+ "expires_at";

	private final JdbcClient jdbc;

	ExportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String id, String ownerId, ExportFormat format, String month, Instant now) {
		jdbc.sql("INSERT INTO ev_export_job (id, owner_id, format, report_month, state, progress, created_at) "
				+ "VALUES (:id, :owner, :format, :month, 'QUEUED', 0, :now)")
			.param("id", id)
			.param("owner", ownerId)
			.param("format", format.name())
			.param("month", month)
			.param("now", Timestamp.from(now))
			.update();
	}

	Optional<ExportJob> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM ev_export_job WHERE id = :id")
			.param("id", id)
			.query(ExportJobStore::job)
			.optional();
	}

	/** QUEUED to RUNNING; false when the job is no longer queued (failed by a restart, or purged). */
	boolean start(String id) {
		return jdbc.sql("UPDATE ev_export_job SET state = 'RUNNING' WHERE id = :id AND state = 'QUEUED'")
			.param("id", id)
			.update() == 1;
	}

	/** Raises the progress of a running job; never lowers it. */
	void progress(String id, int percent) {
		jdbc.sql("UPDATE ev_export_job SET progress = :p WHERE id = :id AND state = 'RUNNING' AND progress < :p")
			.param("id", id)
			.param("p", Math.max(0, Math.min(100, percent)))
			.update();
	}

	void done(String id, String fileName, byte[] content, Instant now, Instant expiresAt) {
		jdbc.sql("UPDATE ev_export_job SET state = 'DONE', progress = 100, file_name = :name, content = :content, "
				+ "finished_at = :now, expires_at = :expires WHERE id = :id AND state = 'RUNNING'")
			.param("id", id)
			.param("name", fileName)
			.param("content", content)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	void failed(String id, String reason, Instant now, Instant expiresAt) {
		jdbc.sql("UPDATE ev_export_job SET state = 'FAILED', error = :reason, finished_at = :now, "
				+ "expires_at = :expires WHERE id = :id AND state IN ('QUEUED', 'RUNNING')")
			.param("id", id)
			.param("reason", clip(reason))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	/** Fails every job left QUEUED or RUNNING (by a process that stopped); the number failed. */
	int failUnfinished(String reason, Instant now, Instant expiresAt) {
		return jdbc.sql("UPDATE ev_export_job SET state = 'FAILED', error = :reason, finished_at = :now, "
				+ "expires_at = :expires WHERE state IN ('QUEUED', 'RUNNING')")
			.param("reason", clip(reason))
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	Optional<byte[]> content(String id) {
		return jdbc.sql("SELECT content FROM ev_export_job WHERE id = :id AND state = 'DONE'")
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	int purgeExpired(Instant now) {
		return jdbc.sql("DELETE FROM ev_export_job WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
	}

	private static String clip(String s) {
		String text = s == null || s.isBlank() ? "unknown error" : s;
		return text.length() > 2000 ? text.substring(0, 2000) : text;
	}

	private static ExportJob job(ResultSet rs, int n) throws SQLException {
		long size = rs.getLong("size");
		Long bytes = rs.wasNull() ? null : size;
		return new ExportJob(rs.getString("id"), rs.getString("owner_id"), ExportFormat.valueOf(rs.getString("format")),
				rs.getString("report_month"), ExportJob.State.valueOf(rs.getString("state")), rs.getInt("progress"),
				rs.getString("error"), rs.getString("file_name"), bytes,
				instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("finished_at")),
				instant(rs.getTimestamp("expires_at")));
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
