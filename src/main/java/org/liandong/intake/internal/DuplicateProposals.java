package org.liandong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The stored duplicate proposals ({@code in_duplicate}): one row per order and candidate, written once. */
@Component
class DuplicateProposals {

	/** A stored proposal. */
	record Row(String orderId, String candidateId, double score, String reason, String status, Instant createdAt) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcOperations batches;
	private final Clock clock;

	DuplicateProposals(JdbcClient jdbc, NamedParameterJdbcOperations batches, Clock clock) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.clock = clock;
	}

	/** Stores the proposals not stored yet (a second or racing delivery of the same event adds nothing). */
	@Transactional
	void store(String orderId, List<DuplicateFinder.Proposal> proposals) {
		if (proposals.isEmpty()) {
			return;
		}
		Timestamp now = Timestamp.from(clock.instant());
		// one batch, one round trip, however many proposals a dense neighbourhood gives
		batches.batchUpdate("""
				INSERT INTO in_duplicate (order_id, candidate_id, score, reason, status, created_at)
				VALUES (:order, :candidate, :score, :reason, 'PROPOSED', :now)
				ON CONFLICT DO NOTHING
				""", proposals.stream()
			.map(p -> new MapSqlParameterSource().addValue("order", orderId)
				.addValue("candidate", p.candidate().id())
				.addValue("score", p.score())
				.addValue("reason", p.reason().name())
				.addValue("now", now))
			.toArray(SqlParameterSource[]::new));
	}

	List<Row> of(String orderId) {
		return jdbc.sql("SELECT * FROM in_duplicate WHERE order_id = :order ORDER BY score DESC, created_at")
			.param("order", orderId)
			.query((rs, n) -> new Row(rs.getString("order_id"), rs.getString("candidate_id"), rs.getDouble("score"),
					rs.getString("reason"), rs.getString("status"), rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Transactional
	void markMerged(String orderId, String candidateId) {
		jdbc.sql("UPDATE in_duplicate SET status = 'MERGED' WHERE order_id = :order AND candidate_id = :candidate")
			.param("order", orderId)
			.param("candidate", candidateId)
			.update();
	}
}
