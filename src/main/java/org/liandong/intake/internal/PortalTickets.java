package org.liandong.intake.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Query codes of portal orders: six digits given to the citizen, stored only as a hash. */
@Component
class PortalTickets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Clock clock;

	PortalTickets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Issues a query code for a new order (joins the caller's transaction). */
	String issue(String orderId, String number) {
		String code = String.format("%06d", RANDOM.nextInt(1_000_000));
		jdbc.sql("""
				INSERT INTO in_portal_ticket (order_id, order_number, code_hash, revisit_sent, created_at)
				VALUES (:id, :number, :hash, FALSE, :at)""")
			.param("id", orderId)
			.param("number", number)
			.param("hash", Open311Clients.hash(number + ":" + code))
			.param("at", Timestamp.from(clock.instant()))
			.update();
		return code;
	}

	/** The order id when the number and query code match a portal ticket. */
	Optional<String> check(String number, String code) {
		if (number == null || code == null || number.length() > 40 || code.length() > 20) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT order_id FROM in_portal_ticket WHERE order_number = :n AND code_hash = :h")
			.param("n", number.strip())
			.param("h", Open311Clients.hash(number.strip() + ":" + code.strip()))
			.query(String.class)
			.optional();
	}

	Optional<String> number(String orderId) {
		return jdbc.sql("SELECT order_number FROM in_portal_ticket WHERE order_id = :id")
			.param("id", orderId)
			.query(String.class)
			.optional();
	}
}
