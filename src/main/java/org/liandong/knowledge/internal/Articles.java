package org.liandong.knowledge.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.liandong.knowledge.KnowledgeArticle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code kb_article} table. */
@Component
class Articles {

	private static final String COLUMNS = "id, title, body, keywords, category, unit_code, valid_from, valid_to, "
			+ "status, use_count, version";

	private final JdbcClient jdbc;

	Articles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<KnowledgeArticle> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM kb_article ORDER BY updated_at DESC").query(Articles::map).list();
	}

	Optional<KnowledgeArticle> find(String id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM kb_article WHERE id = :id").param("id", id).query(Articles::map)
			.optional();
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM kb_article").query(Long.class).single();
	}

	void insert(KnowledgeArticle a, String by, Instant at) {
		jdbc.sql("""
				INSERT INTO kb_article (id, title, body, keywords, category, unit_code, valid_from, valid_to, status,
				  use_count, version, created_by, created_at, updated_at)
				VALUES (:id, :title, :body, :keywords, :category, :unit, :from, :to, :status, 0, 0, :by, :at, :at)""")
			.param("id", a.id())
			.param("title", a.title())
			.param("body", a.body())
			.param("keywords", String.join(",", a.keywords()))
			.param("category", a.category())
			.param("unit", a.unitCode())
			.param("from", a.validFrom() == null ? null : Date.valueOf(a.validFrom()))
			.param("to", a.validTo() == null ? null : Date.valueOf(a.validTo()))
			.param("status", a.status())
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Updates when the version matches; false otherwise. */
	boolean update(KnowledgeArticle a, int expectedVersion, Instant at) {
		return jdbc.sql("""
				UPDATE kb_article SET title = :title, body = :body, keywords = :keywords, category = :category,
				  unit_code = :unit, valid_from = :from, valid_to = :to, status = :status, version = version + 1,
				  updated_at = :at
				WHERE id = :id AND version = :version""")
			.param("id", a.id())
			.param("title", a.title())
			.param("body", a.body())
			.param("keywords", String.join(",", a.keywords()))
			.param("category", a.category())
			.param("unit", a.unitCode())
			.param("from", a.validFrom() == null ? null : Date.valueOf(a.validFrom()))
			.param("to", a.validTo() == null ? null : Date.valueOf(a.validTo()))
			.param("status", a.status())
			.param("version", expectedVersion)
			.param("at", Timestamp.from(at))
			.update() == 1;
	}

	void countUse(String id) {
		jdbc.sql("UPDATE kb_article SET use_count = use_count + 1 WHERE id = :id").param("id", id).update();
	}

	private static KnowledgeArticle map(ResultSet rs, int row) throws SQLException {
		String keywords = rs.getString("keywords");
		Date from = rs.getDate("valid_from");
		Date to = rs.getDate("valid_to");
		return new KnowledgeArticle(rs.getString("id"), rs.getString("title"), rs.getString("body"),
				keywords == null || keywords.isBlank() ? List.of()
						: Arrays.stream(keywords.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
				rs.getString("category"), rs.getString("unit_code"), from == null ? null : from.toLocalDate(),
				to == null ? null : to.toLocalDate(), rs.getString("status"), rs.getInt("use_count"),
				rs.getInt("version"));
	}
}
