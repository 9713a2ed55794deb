package org.liandong.shared.web;

import java.sql.SQLException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;

/**
 * The status a failure that no handler of its own answered deserves, for the endpoints that answer in a format of
 * their own rather than problem details (Open311): the client's fault where it is (Spring's own refusals with their
 * status, a body the container could not read, a value the database cannot store, a race lost to a concurrent
 * request), the same judgement {@link ProblemDetailsAdvice} words as problem details for the API's data failures;
 * otherwise the server's, a 500, so that a client retries rather than taking a failure of the server for a fault of
 * its request.
 */
public final class FailureStatus {

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
