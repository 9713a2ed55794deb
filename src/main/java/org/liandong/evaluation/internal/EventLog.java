package org.liandong.evaluation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.liandong.workorder.WorkOrderEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The rate-relevant events of each order, stored once each ({@code ev_event}, keyed by a digest of the event), and
 * the per-order lock row ({@code ev_order}) that serialises rebuilds of one order's facts.
 */
@Component
class EventLog {

	/** The event kinds the counting rules read: those {@link RateReadModel}'s listener is declared for. */
	static final Set<Class<?>> RELEVANT = RateReadModel.declaredEvents();

	/** Whether the read model records the event (the listener's event types: other events get no publication). */
	public static boolean records(WorkOrderEvent event) {
		return RELEVANT.contains(event.getClass());
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	EventLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the order's lock, so that concurrent events of one order rebuild in turn: an {@code UPDATE} of its row
	 * (one statement for every event but an order's first), or the {@code INSERT} of the row, which holds the new
	 * key locked until the commit. True when this call created the row: no event of the order took the lock before,
	 * so the order has no facts yet. {@code likelyNew} (a dispatch) only chooses which statement to try first.
	 */
	boolean lock(String orderId, boolean likelyNew) {
		if (likelyNew && create(orderId)) {
			return true;
		}
		if (touch(orderId)) {
			return false;
		}
		if (create(orderId)) {
			return true;
		}
		// Another transaction created the row between our two statements and has committed: lock it now.
		touch(orderId);
		return false;
	}

	private boolean create(String orderId) {
		return jdbc.sql("INSERT INTO ev_order (order_id) VALUES (:id) ON CONFLICT DO NOTHING").param("id", orderId)
			.update() == 1;
	}

	private boolean touch(String orderId) {
		return jdbc.sql("UPDATE ev_order SET order_id = :id WHERE order_id = :id").param("id", orderId).update() == 1;
	}

	/** Stores the event; false when it was stored before (a redelivery). */
	boolean append(WorkOrderEvent event) {
		String payload = JSON.writeValueAsString(event);
		String kind = event.getClass().getSimpleName();
		return jdbc.sql("INSERT INTO ev_event (order_id, digest, kind, occurred_at, payload) "
				+ "VALUES (:id, :digest, :kind, :at, :payload) ON CONFLICT DO NOTHING")
			.param("id", event.orderId())
			.param("digest", digest(kind + payload))
			.param("kind", kind)
			.param("at", Timestamp.from(event.at()))
			.param("payload", payload)
			.update() == 1;
	}

	List<WorkOrderEvent> events(String orderId) {
		return jdbc.sql("SELECT kind, payload FROM ev_event WHERE order_id = :id").param("id", orderId)
			.query((rs, n) -> read(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	private static WorkOrderEvent read(String kind, String payload) {
		for (Class<?> type : RELEVANT) {
			if (type.getSimpleName().equals(kind)) {
				return (WorkOrderEvent) JSON.readValue(payload, type);
			}
		}
		if (kind.equals(WorkOrderEvent.Received.class.getSimpleName())) {
			// logged before intakes were left out (see RELEVANT)
			return JSON.readValue(payload, WorkOrderEvent.Received.class);
		}
		for (Class<?> type : WorkOrderEvent.class.getPermittedSubclasses()) {
			if (type.getSimpleName().equals(kind)) {
				return null; // logged while the rules read it, no longer read
			}
		}
		throw new IllegalStateException("Unknown event kind " + kind);
	}

	private static String digest(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
