package org.liandong.evaluation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reply-quality scores in {@code ev_reply_quality}, one per reply (order and reply time). */
@Component
class ReplyQualityStore {

	/** A stored score. */
	record Entry(String orderId, Instant repliedAt, String unitCode, double score, double relevance,
			double completeness, double timeliness, List<String> reasons, boolean flagged) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	ReplyQualityStore(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the score once; false when this reply was scored before. */
	boolean save(String orderId, Instant repliedAt, String unitCode, ReplyQualityScorer.Score s, boolean flagged) {
		return jdbc.update("INSERT INTO ev_reply_quality (order_id, replied_at, unit_code, score, relevance, "
				+ "completeness, timeliness, reasons, flagged) VALUES (:id, :at, :unit, :score, :rel, :comp, :time, "
				+ ":reasons, :flagged) ON CONFLICT DO NOTHING",
				new MapSqlParameterSource().addValue("id", orderId)
					.addValue("at", Timestamp.from(repliedAt))
					.addValue("unit", unitCode)
					.addValue("score", s.score())
					.addValue("rel", s.relevance())
					.addValue("comp", s.completeness())
					.addValue("time", s.timeliness())
					.addValue("reasons", String.join("|", s.reasons()))
					.addValue("flagged", flagged)) == 1;
	}

	/** The latest score of each order. */
	Map<String, Entry> latest(List<String> orderIds) {
		Map<String, Entry> result = new HashMap<>();
		if (!orderIds.isEmpty()) {
			jdbc.query("SELECT * FROM ev_reply_quality WHERE order_id IN (:ids) ORDER BY replied_at",
					Map.of("ids", orderIds), rs -> {
						Entry e = map(rs);
						result.put(e.orderId(), e);
					});
		}
		return result;
	}

	List<Entry> flagged(int limit) {
		return jdbc.query("SELECT * FROM ev_reply_quality WHERE flagged = TRUE ORDER BY replied_at DESC "
				+ "FETCH FIRST " + limit + " ROWS ONLY", Map.of(), (rs, n) -> map(rs));
	}

	private static Entry map(java.sql.ResultSet rs) throws java.sql.SQLException {
		String reasons = rs.getString("reasons");
		return new Entry(rs.getString("order_id"), rs.getTimestamp("replied_at").toInstant(),
				rs.getString("unit_code"), rs.getDouble("score"), rs.getDouble("relevance"),
				rs.getDouble("completeness"), rs.getDouble("timeliness"),
				reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\\|")), rs.getBoolean("flagged"));
	}
}
