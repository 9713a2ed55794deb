package org.liandong.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inbox table {@code nt_notification}. One notification per recipient and event key, so a listener that runs
 * twice for the same event delivers once.
 */
@Repository
class Inbox {

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final Clock clock;

	Inbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** A stored notification; {@code args} fill the template of its kind. */
	record Notification(String id, String recipient, String kind, String orderId, String refId, List<String> args,
			String link, Instant createdAt, Instant readAt) {
	}

	/**
	 * Delivers to each recipient once per event key; answers how many were new. The event delivered again, even
	 * while its first delivery is still running (the outbox may deliver twice), adds nothing and fails nothing: the
	 * second insert of a recipient's key is skipped, not refused.
	 */
	int deliver(Collection<String> recipients, String eventKey, NotificationKind kind, String orderId, String refId,
			List<String> args, String link) {
		int delivered = 0;
		String argsJson = json.writeValueAsString(args);
		for (String recipient : new LinkedHashSet<>(recipients)) {
			delivered += jdbc.sql("INSERT INTO nt_notification (id, recipient, event_key, kind, order_id, ref_id, args, "
					+ "link, created_at) VALUES (:id, :r, :k, :kind, :order, :ref, :args, :link, :at) ON CONFLICT DO NOTHING")
				.param("id", UUID.randomUUID().toString())
				.param("r", recipient)
				.param("k", eventKey)
				.param("kind", kind.name())
				.param("order", orderId)
				.param("ref", refId)
				.param("args", argsJson)
				.param("link", link)
				.param("at", clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		}
		return delivered;
	}

	PageResult<Notification> list(String recipient, Boolean unread, PageQuery page) {
		String where = " WHERE recipient = :r" + (unread == null ? "" : unread ? " AND read_at IS NULL" : " AND read_at IS NOT NULL");
		Map<String, Object> params = new HashMap<>(Map.of("r", recipient));
		long total = jdbc.sql("SELECT COUNT(*) FROM nt_notification" + where).params(params).query(Long.class).single();
		params.put("limit", page.size());
		params.put("offset", page.offset());
		List<Notification> rows = jdbc
			.sql("SELECT * FROM nt_notification" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
			.params(params)
			.query(this::map)
			.list();
		return PageResult.of(rows, page, total);
	}

	long unread(String recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM nt_notification WHERE recipient = :r AND read_at IS NULL")
			.param("r", recipient)
			.query(Long.class)
			.single();
	}

	Optional<Notification> find(String recipient, String id) {
		return jdbc.sql("SELECT * FROM nt_notification WHERE id = :id AND recipient = :r")
			.param("id", id)
			.param("r", recipient)
			.query(this::map)
			.optional();
	}

	void markRead(String id) {
		jdbc.sql("UPDATE nt_notification SET read_at = :at WHERE id = :id AND read_at IS NULL")
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getString("id"), rs.getString("recipient"), rs.getString("kind"),
				rs.getString("order_id"), rs.getString("ref_id"),
				json.readValue(rs.getString("args"), new TypeReference<List<String>>() {
				}), rs.getString("link"), instant(rs, "created_at"), instant(rs, "read_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
