package org.liandong.triage.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code tr_model} table: versioned models with their figures. */
@Repository
class ModelStore {

	/** A stored model version without its bytes. */
	record ModelInfo(long version, java.time.Instant createdAt, String source, int examples, String metrics) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ModelStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Long> latestVersion() {
		return jdbc.sql("SELECT MAX(version) FROM tr_model").query(Long.class).optional();
	}

	Optional<byte[]> bytes(long version) {
		return jdbc.sql("SELECT model FROM tr_model WHERE version = :v").param("v", version).query(byte[].class)
			.optional();
	}

	Optional<ModelInfo> info(long version) {
		return jdbc.sql("SELECT version, created_at, source, examples, metrics FROM tr_model WHERE version = :v")
			.param("v", version)
			.query((rs, n) -> new ModelInfo(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
					rs.getInt(4), rs.getString(5)))
			.optional();
	}

	long save(byte[] model, String source, int examples, String metrics) {
		long version = latestVersion().orElse(0L) + 1;
		jdbc.sql("""
				INSERT INTO tr_model (version, created_at, source, examples, metrics, model)
				VALUES (:version, :at, :source, :examples, :metrics, :model)""")
			.param("version", version)
			.param("at", Timestamp.from(clock.instant()))
			.param("source", source.length() > 200 ? source.substring(0, 200) : source)
			.param("examples", examples)
			.param("metrics", metrics)
			.param("model", model)
			.update();
		return version;
	}
}
