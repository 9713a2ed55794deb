package org.liandong.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code sh_idempotency} table: claims keys, stores answers, frees keys of failed requests. */
@Component
class IdempotencyStore {

	/** How long a claim protects a running request; a crashed process's claim can be taken over afterwards. */
	static final Duration LEASE = Duration.ofSeconds(60);

	enum Outcome {
		CLAIMED, REPLAY, MISMATCH, IN_FLIGHT
	}

	record Stored(int status, String contentType, String location, String body) {
	}

	record Claim(Outcome outcome, String owner, Stored stored) {
	}

	private final JdbcClient jdbc;
	private final TransactionTemplate ownTransaction;
	private final Clock clock;

	IdempotencyStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	Claim claim(String scope, String key, String hash) {
		String owner = UUID.randomUUID().toString();
		Instant now = clock.instant();
		try {
			ownTransaction.executeWithoutResult(tx -> jdbc.sql("INSERT INTO sh_idempotency (scope, idem_key, "
					+ "request_hash, state, owner_token, lease_until, created_at) VALUES (:scope, :key, :hash, "
					+ "'IN_PROGRESS', :owner, :lease, :now)")
				.param("scope", scope)
				.param("key", key)
				.param("hash", hash)
				.param("owner", owner)
				.param("lease", now.plus(LEASE).atOffset(ZoneOffset.UTC))
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update());
			return new Claim(Outcome.CLAIMED, owner, null);
		}
		catch (DuplicateKeyException e) {
			return existing(scope, key, hash, owner, now);
		}
	}

	private Claim existing(String scope, String key, String hash, String owner, Instant now) {
		return ownTransaction.execute(tx -> {
			var row = jdbc.sql("SELECT request_hash, state, lease_until, status_code, content_type, location, body "
					+ "FROM sh_idempotency WHERE scope = :scope AND idem_key = :key")
				.param("scope", scope)
				.param("key", key)
				.query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2),
						rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
						new Stored(rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7)) })
				.optional();
			if (row.isEmpty()) {
				return claim(scope, key, hash);
			}
			Object[] r = row.get();
			if (!hash.equals(r[0])) {
				return new Claim(Outcome.MISMATCH, null, null);
			}
			if ("COMPLETED".equals(r[1])) {
				return new Claim(Outcome.REPLAY, null, (Stored) r[3]);
			}
			if (((Instant) r[2]).isAfter(now)) {
				return new Claim(Outcome.IN_FLIGHT, null, null);
			}
			int taken = jdbc.sql("UPDATE sh_idempotency SET owner_token = :owner, lease_until = :lease "
					+ "WHERE scope = :scope AND idem_key = :key AND state = 'IN_PROGRESS' AND lease_until < :now")
				.param("owner", owner)
				.param("lease", now.plus(LEASE).atOffset(ZoneOffset.UTC))
				.param("scope", scope)
				.param("key", key)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
			return taken == 1 ? new Claim(Outcome.CLAIMED, owner, null) : new Claim(Outcome.IN_FLIGHT, null, null);
		});
	}

	/** Stores the answer; runs inside the request's own transaction so it commits with the business change. */
	void complete(String scope, String key, String owner, Stored stored) {
		int rows = jdbc.sql("UPDATE sh_idempotency SET state = 'COMPLETED', status_code = :status, "
				+ "content_type = :type, location = :location, body = :body WHERE scope = :scope AND idem_key = :key "
				+ "AND owner_token = :owner")
			.param("status", stored.status())
			.param("type", stored.contentType())
			.param("location", stored.location())
			.param("body", stored.body())
			.param("scope", scope)
			.param("key", key)
			.param("owner", owner)
			.update();
		if (rows != 1) {
			throw new IllegalStateException("The idempotency claim was lost to another request");
		}
	}

	/** Frees the key after a failed request, so that a corrected retry can run. */
	void release(String scope, String key, String owner) {
		ownTransaction.executeWithoutResult(tx -> jdbc.sql(
				"DELETE FROM sh_idempotency WHERE scope = :scope AND idem_key = :key AND owner_token = :owner "
						+ "AND state = 'IN_PROGRESS'")
			.param("scope", scope)
			.param("key", key)
			.param("owner", owner)
			.update());
	}
}
