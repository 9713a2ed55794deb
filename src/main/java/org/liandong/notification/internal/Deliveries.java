package org.liandong.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code nt_delivery}, the queue of outgoing messages (docs/adr/0007): a message is recorded once per event, channel
 * and (masked) address, pending, in the transaction that decides it; it is marked sent once handed to its sender.
 * A pending row whose {@code due_at} has passed is the sweep's to send again. The unmasked phone number is never
 * stored: the sweep reads it from the order.
 */
@Repository
class Deliveries {

	/** A recorded message: its key, and what to send (the subject only for e-mail). */
	record Key(String eventKey, String channel, String address) {
	}

	/** A pending message the sweep found due, with what was recorded to send. */
	record Due(Key key, String kind, String orderId, String subject, String body, Instant dueAt, int attempts) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Clock clock;

	Deliveries(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Records the message, pending, due for the sweep after {@code grace}; false when it was recorded before (do not
	 * send again). One statement: the key is the table's primary key, so a second or racing delivery of the same
	 * event inserts nothing.
	 */
	boolean record(Key key, NotificationKind kind, String orderId, String subject, String body, Duration grace) {
		Instant now = clock.instant();
		return jdbc.sql("""
				INSERT INTO nt_delivery (event_key, channel, address, kind, order_id, subject, body, created_at, due_at)
				VALUES (:k, :c, :a, :kind, :order, :subject, :body, :now, :due) ON CONFLICT DO NOTHING""")
			.param("k", key.eventKey())
			.param("c", key.channel())
			.param("a", key.address())
			.param("kind", kind.name())
			.param("order", orderId)
			.param("subject", subject)
			.param("body", body)
			.param("now", utc(now))
			.param("due", utc(now.plus(grace)))
			.update() == 1;
	}

	/**
	 * Marks messages sent, one batch of one statement by key (one round trip for a moment's messages); a message
	 * marked before keeps its time. One statement of one shape: the earlier list of up to 100 keys in one statement
	 * took a shape per list length, each parsed, and planned at every call on PostgreSQL (2 to 8 ms for a long list,
	 * more than its execution; 33 µs of planning per intake taken in at a sustained rate).
	 */
	void markSent(List<Key> keys) {
		if (keys.isEmpty()) {
			return;
		}
		OffsetDateTime at = utc(clock.instant());
		List<Object[]> rows = new ArrayList<>(keys.size());
		for (Key k : keys) {
			rows.add(new Object[] { at, k.eventKey(), k.channel(), k.address() });
		}
		batch.batchUpdate("UPDATE nt_delivery SET sent_at = ?, due_at = NULL WHERE event_key = ? AND channel = ? "
				+ "AND address = ? AND sent_at IS NULL", rows);
	}

	/** Pending messages due by {@code now}, the longest due first. */
	List<Due> due(Instant now, int limit) {
		return jdbc.sql("SELECT event_key, channel, address, kind, order_id, subject, body, due_at, attempts "
				+ "FROM nt_delivery WHERE due_at <= :now ORDER BY due_at LIMIT :limit")
			.param("now", utc(now))
			.param("limit", limit)
			.query((rs, n) -> new Due(new Key(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getInt(9)))
			.list();
	}

	/**
	 * Takes a due message for one attempt: it is due again at {@code next} (null: never, the sweep gives up), one
	 * attempt more. False when another sweep (another node's) took it first, or it was sent meanwhile.
	 */
	boolean take(Due due, Instant next) {
		return jdbc.sql("UPDATE nt_delivery SET due_at = :next, attempts = attempts + 1 WHERE event_key = :k "
				+ "AND channel = :c AND address = :a AND sent_at IS NULL AND due_at = :seen")
			.param("next", next == null ? null : utc(next))
			.param("k", due.key().eventKey())
			.param("c", due.key().channel())
			.param("a", due.key().address())
			.param("seen", utc(due.dueAt()))
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}
}
