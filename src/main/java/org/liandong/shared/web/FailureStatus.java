package org.liandong.shared.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.ErrorResponse;

/**
 * The status a failure that no handler of its own answered deserves, for the endpoints that answer in a format of
 * their own rather than problem details (Open311): the client's fault where it is (Spring's own refusals with their
 * status, a body the container could not read, a value the database cannot store, a race lost to a concurrent
 * request), the same judgement {@link ProblemDetailsAdvice} words as problem details for the API's data failures;
 * a 503 when the database is out of reach for now ({@link #unavailable}); otherwise the server's, a 500, so that a
 * client retries rather than taking a failure of the server for a fault of its request.
 */
public final class FailureStatus {

	/**
	 * The seconds a 503 asks a client to wait before it retries ({@code Retry-After}): long enough for a pool's
	 * queue to drain or a database server to finish restarting, short enough for an operator at the telephone.
	 */
	public static final int RETRY_AFTER_SECONDS = 5;

	/** What a 503 says, on every surface. */
	public static final String UNAVAILABLE = "The service cannot reach its database for now; retry in a few seconds.";

	private FailureStatus() {
	}

	public static HttpStatusCode of(Throwable failure) {
		if (failure instanceof ErrorResponse spring) {
			return spring.getStatusCode();
		}
		HttpStatus client = ClientErrors.statusOf(failure);
		if (client != null) {
			return client;
		}
		if (unavailable(failure)) {
			return HttpStatus.SERVICE_UNAVAILABLE;
		}
		if (failure instanceof DuplicateKeyException || failure instanceof ConcurrencyFailureException) {
			return HttpStatus.CONFLICT;
		}
		if (failure instanceof DataAccessException) {
			String state = sqlState(failure);
			if (state != null && (state.startsWith("22") || state.startsWith("23"))) {
				return HttpStatus.BAD_REQUEST;
			}
		}
		if (failure instanceof IllegalArgumentException) {
			return HttpStatus.BAD_REQUEST;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	/**
	 * Whether the failure is the database out of reach for now, which a later retry may get past: no connection
	 * within the pool's time-out, a connection refused or lost (JDBC's connection exceptions, SQL state class 08), a
	 * server out of resources or connections (class 53) or shutting down or starting (57P01–57P03). Answered with a
	 * 503 and {@code Retry-After}, never as the client's fault nor as a bug: the request was sound, and a retry with
	 * the same idempotency key or {@code client_request_id} cannot store it twice, even when a connection lost during
	 * the commit leaves unknown whether it was stored. A statement the database refused for what it says (a value, a
	 * constraint, a time-out) is not among these.
	 */
	public static boolean unavailable(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof CannotCreateTransactionException || t instanceof CannotGetJdbcConnectionException
					|| t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& unavailable(rollback.getApplicationException())) {
				// the connection lost under a statement, and then its rollback failed too ("Connection is closed"):
				// what failed first says why
				return true;
			}
			String state = t instanceof SQLException sql ? sql.getSQLState() : null;
			if (state != null && (state.startsWith("08") || state.startsWith("53") || state.equals("57P01")
					|| state.equals("57P02") || state.equals("57P03"))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The innermost cause's class and the first line of its message, for a log line: a connection's failure says
	 * where it failed (the pool's counts, the server's address), not what a request carried.
	 */
	public static String summary(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = String.valueOf(root.getMessage());
		int end = message.indexOf('\n');
		return root.getClass().getSimpleName() + ": " + (end < 0 ? message : message.substring(0, end));
	}

	/** The SQL state of the first {@link SQLException} among the failure's causes, or null. */
	static String sqlState(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SQLException sql) {
				return sql.getSQLState();
			}
		}
		return null;
	}
}
