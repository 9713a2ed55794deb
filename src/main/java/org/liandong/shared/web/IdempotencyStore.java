package org.liandong.shared.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code sh_idempotency} table: the answers of the requests that succeeded, and who holds a key that is in
 * flight (docs/adr/0008). A request holds its key for its transaction, and writes its answer in that same
 * transaction only if it succeeds: nothing is written before, and a failed or killed request leaves nothing behind.
 * <p>
 * On PostgreSQL a key is held by a transaction-scoped advisory lock, looked up in the same statement that reads the
 * key's answer, so that every node sees it and the server frees it when the transaction ends, however it ends (a
 * killed node's connection closes). The embedded H2 database serves one process: a key is held in this node's
 * memory until the request's transaction has ended ({@link Hold#close}).
 */
@Component
class IdempotencyStore {

	enum Outcome {
		/** The key is this request's: run it, and {@link Hold#complete} its answer. */
		HELD,
		/** The key answered before, with the same request: answer that again. */
		REPLAY,
		/** The key answered before, with another request. */
		MISMATCH,
		/** Another request with the key is running (on any node). */
		IN_FLIGHT
	}

	record Stored(int status, String contentType, String location, String body) {
	}

	record Claim(Outcome outcome, Stored stored) {
	}

	/** The PostgreSQL advisory lock's first key, naming this use of the second (a hash of the caller and the key). */
	private static final int LOCK_SPACE = 0x1D3_0001;

	private static final String COLUMNS = "i.request_hash, i.state, i.lease_until, i.status_code, i.content_type, "
			+ "i.location, i.body";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final boolean advisoryLocks;
	private final Set<String> heldHere = ConcurrentHashMap.newKeySet();

	IdempotencyStore(JdbcClient jdbc, DataSource dataSource, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.advisoryLocks = isPostgreSql(dataSource);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
					DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException e) {
			throw new IllegalStateException("Cannot tell which database holds the idempotency keys", e);
		}
	}

	/** A request's hold on its key; closed after the request's transaction has ended. */
	Hold hold(String scope, String key) {
		return new Hold(scope, key);
	}

	final class Hold implements AutoCloseable {

		private final String scope;
		private final String key;
		private boolean heldInMemory;

		private Hold(String scope, String key) {
			this.scope = scope;
			this.key = key;
		}

		/**
		 * Takes the key for this request, in the request's transaction, or says why not: the answer to replay, a
		 * different request, or another request still running.
		 */
		Claim claim(String hash) {
			if (!TransactionSynchronizationManager.isActualTransactionActive()) {
				throw new IllegalStateException("An idempotency key is held for a transaction; none is active");
			}
			boolean held;
			Optional<Row> row;
			if (advisoryLocks) {
				// one statement: the lock, and the key's answer as committed when the statement began (an answer
				// committed after that and before the lock is found by complete(), which then writes nothing)
				var got = new boolean[1];
				var found = new Row[1];
				jdbc.sql("SELECT pg_try_advisory_xact_lock(:space, :lock) AS got, " + COLUMNS
						+ " FROM (VALUES (1)) AS one (x) LEFT JOIN sh_idempotency i ON i.scope = :scope "
						+ "AND i.idem_key = :key")
					.param("space", LOCK_SPACE)
					.param("lock", lockKey(scope, key))
					.param("scope", scope)
					.param("key", key)
					.query((RowCallbackHandler) rs -> {
						got[0] = rs.getBoolean(1);
						found[0] = rs.getString(2) == null ? null : Row.of(rs, 2);
					});
				row = Optional.ofNullable(found[0]);
				held = got[0];
			}
			else {
				held = heldInMemory = heldHere.add(scope + '\n' + key);
				row = jdbc.sql("SELECT " + COLUMNS + " FROM sh_idempotency i WHERE i.scope = :scope "
						+ "AND i.idem_key = :key")
					.param("scope", scope)
					.param("key", key)
					.query((rs, n) -> Row.of(rs, 1))
					.optional();
			}
			if (row.isPresent() && "COMPLETED".equals(row.get().state())) {
				Row r = row.get();
				return r.hash().equals(hash) ? new Claim(Outcome.REPLAY, r.stored()) : new Claim(Outcome.MISMATCH, null);
			}
			if (row.isPresent()) {
				// a claim of the kind written before ADR 0008: in flight on a node of that version while its lease
				// lasts, else left by a stopped node (its request never committed) and removed
				if (!held || row.get().leaseUntil().isAfter(clock.instant())) {
					return new Claim(Outcome.IN_FLIGHT, null);
				}
				jdbc.sql("DELETE FROM sh_idempotency WHERE scope = :scope AND idem_key = :key AND state <> 'COMPLETED'")
					.param("scope", scope)
					.param("key", key)
					.update();
			}
			return new Claim(held ? Outcome.HELD : Outcome.IN_FLIGHT, null);
		}

		/**
		 * Stores the answer of the request that held the key, in its transaction, so that it commits with the
		 * business change. False if an answer was committed for the key meanwhile (by a request that held it just
		 * before this one): then this transaction must be rolled back and that answer given.
		 */
		boolean complete(String hash, Stored stored) {
			Instant now = clock.instant();
			return jdbc.sql("INSERT INTO sh_idempotency (scope, idem_key, request_hash, state, owner_token, "
					+ "lease_until, status_code, content_type, location, body, created_at) VALUES (:scope, :key, "
					+ ":hash, 'COMPLETED', '-', :now, :status, :type, :location, :body, :now) ON CONFLICT DO NOTHING")
				.param("scope", scope)
				.param("key", key)
				.param("hash", hash)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.param("status", stored.status())
				.param("type", stored.contentType())
				.param("location", stored.location())
				.param("body", stored.body())
				.update() == 1;
		}

		/** The answer committed for the key, read after {@link #complete} found one: a replay or a mismatch. */
		Claim committed(String hash) {
			return jdbc.sql("SELECT " + COLUMNS + " FROM sh_idempotency i WHERE i.scope = :scope AND i.idem_key = :key "
					+ "AND i.state = 'COMPLETED'")
				.param("scope", scope)
				.param("key", key)
				.query((rs, n) -> Row.of(rs, 1))
				.optional()
				.map(r -> r.hash().equals(hash) ? new Claim(Outcome.REPLAY, r.stored()) : new Claim(Outcome.MISMATCH, null))
				.orElseGet(() -> new Claim(Outcome.IN_FLIGHT, null));
		}

		/** Frees the key held in this node's memory; after the transaction has ended, so that its answer is seen. */
		@Override
		public void close() {
			if (heldInMemory) {
				heldHere.remove(scope + '\n' + key);
				heldInMemory = false;
			}
		}
	}

	private record Row(String hash, String state, Instant leaseUntil, Stored stored) {

		static Row of(java.sql.ResultSet rs, int first) throws java.sql.SQLException {
			OffsetDateTime lease = rs.getObject(first + 2, OffsetDateTime.class);
			return new Row(rs.getString(first), rs.getString(first + 1), lease == null ? Instant.MIN : lease.toInstant(),
					new Stored(rs.getInt(first + 3), rs.getString(first + 4), rs.getString(first + 5),
							rs.getString(first + 6)));
		}
	}

	/** The advisory lock's second key: 32 bits of a digest of the caller and the key (a collision is a rare 409). */
	private static int lockKey(String scope, String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((scope + '\n' + key).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getInt();
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
