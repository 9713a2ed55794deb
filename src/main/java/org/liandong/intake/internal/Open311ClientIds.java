package org.liandong.intake.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Open311 clients' own request ids ({@code client_request_id}), scoped per client application: the same id from the
 * same client is the same request. Claimed by an insert under the primary key in the transaction that creates the
 * order, so two concurrent posts cannot both create one (the loser's insert fails and its transaction rolls back).
 */
@Component
class Open311ClientIds {

	static final int MAX_LENGTH = 200;

	private final JdbcClient jdbc;
	private final Clock clock;

	Open311ClientIds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What the first post with this id answered: the order number and the client's account id. */
	record Original(String number, String accountId) {
	}

	Optional<Original> find(String clientId, String clientRequestId) {
		return jdbc.sql("""
				SELECT r.order_number, r.account_id FROM in_open311_client_request c
				JOIN in_open311_request r ON r.token = c.token
				WHERE c.client_id = :client AND c.client_request_id = :id""")
			.param("client", clientId)
			.param("id", clientRequestId)
			.query((rs, row) -> new Original(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** Claims the id for the request recorded under {@code token}; a DuplicateKeyException when it is taken. */
	void claim(String clientId, String clientRequestId, String token) {
		jdbc.sql("""
				INSERT INTO in_open311_client_request (client_id, client_request_id, token, created_at)
				VALUES (:client, :id, :token, :at)""")
			.param("client", clientId)
			.param("id", clientRequestId)
			.param("token", token)
			.param("at", Timestamp.from(clock.instant()))
			.update();
	}
}
