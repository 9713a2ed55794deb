package org.liandong.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
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

	/** Messages per statement that marks them sent. */
	private static final int CHUNK = 100;

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
	 * Marks messages sent, in statements of at most {@link #CHUNK} messages each (one statement for a moment's
	 * messages, not one per message); a message marked before keeps its time.
	 */
	void markSent(List<Key> keys) {
		OffsetDateTime at = utc(clock.instant());
		for (int from = 0; from < keys.size(); from += CHUNK) {
			List<Key> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
			Object[] args = new Object[1 + 3 * chunk.size()];
			args[0] = at;
			int i = 1;
			for (Key k : chunk) {
				args[i++] = k.eventKey();
				args[i++] = k.channel();
				args[i++] = k.address();
			}
			batch.update("UPDATE nt_delivery SET sent_at = ?, due_at = NULL WHERE (event_key, channel, address) IN ("
					+ String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?)")) + ") AND sent_at IS NULL",
					args);
		}
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
