package org.liandong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.liandong.shared.Masking;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.SeparateConnections;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The contact log of blocked numbers ({@code in_contact_log}). A refused contact is written apart from the channel's
 * transaction, committed on a connection of its own ({@link SeparateConnections}), so that it stays logged although
 * the refusal rolls the channel's transaction back.
 */
@Repository
class ContactLog {

	/** What became of a contact from a blocked number. */
	enum Outcome {
		/** Logged only; no work order. */
		REFUSED,
		/** Taken in by an operator with an override reason. */
		TAKEN
	}

	/**
	 * A logged contact as shown to staff (the number masked); {@code LoggedContact} in the OpenAPI document, where
	 * {@code ContactRequest} is the {@code contact} action's body.
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "LoggedContact")
	record Contact(String id, Instant at, String channel, String phone, String operator, Outcome outcome,
			String orderId, String note) {
	}

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SeparateConnections separate;

	ContactLog(JdbcClient jdbc, Clock clock, SeparateConnections separate) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.separate = separate;
	}

	/** Logs a refused contact, committed before this returns, whatever becomes of the caller's transaction. */
	void refused(String channel, String phone, String operator, String note) {
		insert(separate.jdbc(), channel, phone, operator, Outcome.REFUSED, null, note);
	}

	/** Logs a contact taken in with an override, in the caller's transaction (it stands or falls with the order). */
	void taken(String channel, String phone, String operator, String orderId, String note) {
		insert(jdbc, channel, phone, operator, Outcome.TAKEN, orderId, note);
	}

	PageResult<Contact> list(PageQuery page) {
		long total = jdbc.sql("SELECT COUNT(*) FROM in_contact_log").query(Long.class).single();
		List<Contact> rows = jdbc.sql("SELECT * FROM in_contact_log ORDER BY at DESC, id LIMIT :limit OFFSET :offset")
			.param("limit", page.size())
			.param("offset", page.offset())
			.query((rs, n) -> new Contact(rs.getString("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
					rs.getString("channel"), rs.getString("phone_masked"), rs.getString("operator"),
					Outcome.valueOf(rs.getString("outcome")), rs.getString("order_id"), rs.getString("note")))
			.list();
		return PageResult.of(rows, page, total);
	}

	long count(String phone) {
		return jdbc.sql("SELECT COUNT(*) FROM in_contact_log WHERE phone_hash = :h")
			.param("h", Open311Clients.hash(BlockedCallers.normalize(phone)))
			.query(Long.class)
			.single();
	}

	private void insert(JdbcClient on, String channel, String phone, String operator, Outcome outcome,
			String orderId, String note) {
		String normalized = BlockedCallers.normalize(phone);
		on.sql("""
				INSERT INTO in_contact_log (id, at, channel, phone_masked, phone_hash, operator, outcome, order_id, note)
				VALUES (:id, :at, :channel, :masked, :hash, :operator, :outcome, :order, :note)""")
			.param("id", UUID.randomUUID().toString())
			.param("at", Timestamp.from(clock.instant()))
			.param("channel", channel)
			.param("masked", Masking.phone(normalized))
			.param("hash", Open311Clients.hash(normalized))
			.param("operator", operator.length() > 200 ? operator.substring(0, 200) : operator)
			.param("outcome", outcome.name())
			.param("order", orderId)
			.param("note", note == null || note.length() <= 1000 ? note : note.substring(0, 1000))
			.update();
	}
}
