package org.liandong.notification.internal;

import java.time.Clock;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code nt_delivery}: a message is handed to a sender once per event, channel and (masked) address. */
@Repository
class Deliveries {

	private final JdbcClient jdbc;
	private final Clock clock;

	Deliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records the delivery; false when it was recorded before (do not send again). One statement: the key is the
	 * table's primary key, so a second or racing delivery of the same event inserts nothing.
	 */
	boolean claim(String eventKey, String channel, String maskedAddress, NotificationKind kind) {
		return jdbc.sql("""
				INSERT INTO nt_delivery (event_key, channel, address, kind, sent_at) VALUES (:k, :c, :a, :kind, :at)
				ON CONFLICT DO NOTHING""")
			.param("k", eventKey)
			.param("c", channel)
			.param("a", maskedAddress)
			.param("kind", kind.name())
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	long count(NotificationKind kind, String maskedAddress) {
		return jdbc.sql("SELECT COUNT(*) FROM nt_delivery WHERE kind = :kind AND address = :a")
			.param("kind", kind.name())
			.param("a", maskedAddress)
			.query(Long.class)
			.single();
	}
}
