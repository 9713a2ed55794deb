package org.liandong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.liandong.identity.Actor;
import org.liandong.identity.PersonalDataAudit;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Writes {@code idn_pii_audit} on the caller's connection, so the record commits or rolls back with the read it
 * documents. Nothing is logged: the audit table is the only trace, and it holds no personal data itself.
 */
@Service
class JdbcPersonalDataAudit implements PersonalDataAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcPersonalDataAudit(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void recordRead(Actor actor, String subjectType, String subjectId, String fields) {
		jdbc.sql("""
				INSERT INTO idn_pii_audit (id, at, user_id, username, role, subject_type, subject_id, fields)
				VALUES (:id, :at, :userId, :username, :role, :subjectType, :subjectId, :fields)""")
			.param("id", UUID.randomUUID().toString())
			.param("at", Users.utc(clock.instant()))
			.param("userId", actor.userId())
			.param("username", actor.username())
			.param("role", actor.role() == null ? null : actor.role().name())
			.param("subjectType", subjectType)
			.param("subjectId", subjectId)
			.param("fields", fields)
			.update();
	}

	/** Newest first; {@code username} and {@code subjectId} filter when given. */
	PageResult<Entry> find(String username, String subjectId, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (username != null && !username.isBlank()) {
			where.append(" AND username = :username");
			params.addValue("username", username.strip());
		}
		if (subjectId != null && !subjectId.isBlank()) {
			where.append(" AND subject_id = :subject");
			params.addValue("subject", subjectId.strip());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM idn_pii_audit" + where).paramSource(params).query(Long.class).single();
		params.addValue("limit", page.size()).addValue("offset", page.offset());
		var rows = jdbc.sql("SELECT id, at, user_id, username, role, subject_type, subject_id, fields FROM idn_pii_audit"
				+ where + " ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(JdbcPersonalDataAudit::map)
			.list();
		return PageResult.of(rows, page, total);
	}

	private static Entry map(ResultSet rs, int row) throws SQLException {
		return new Entry(rs.getString("id"), Users.instant(rs, "at"), rs.getString("user_id"),
				rs.getString("username"), rs.getString("role"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("fields"));
	}

	/** One audited read. */
	record Entry(String id, Instant at, String userId, String username, String role, String subjectType,
			String subjectId, String fields) {
	}
}
