package org.liandong.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whose fault a failure is, as {@link FailureStatus} judges it: the database out of reach is a 503 to retry, found
 * through the causes Spring wraps it in; a failure of a statement for what it does is not.
 */
class FailureStatusTests {

	@Test
	void theDatabaseOutOfReachIsA503WhateverSpringWrapsItIn() {
		// the pool's time-out, as Hikari reports it, when a transaction begins
		assertThat(FailureStatus.of(new CannotCreateTransactionException("Could not open JDBC Connection",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
			.value()).isEqualTo(503);
		// a connection refused (PostgreSQL's driver: 08001), outside a transaction
		assertThat(FailureStatus.of(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
				new SQLException("Connection to localhost:5432 refused.", "08001"))).value()).isEqualTo(503);
		// the server out of connections (53300), shutting down (57P01), starting (57P03), a connection lost (08006)
		for (String state : new String[] { "53300", "57P01", "57P03", "08006" }) {
			assertThat(FailureStatus.of(new UncategorizedSQLException("insert", "INSERT …",
					new SQLException("server", state))).value()).as(state).isEqualTo(503);
		}
		// a connection lost under a statement, whose rollback then failed on the closed connection: the rollback's
		// failure is what a TransactionTemplate throws, the statement's is kept beside it (seen in
		// DatabaseRestartReliabilityTests with the server stopped)
		TransactionSystemException rollback = new TransactionSystemException("Could not roll back JDBC transaction",
				new SQLException("Connection is closed"));
		rollback.initApplicationException(new DataAccessResourceFailureException("claim",
				new SQLException("An I/O error occurred while sending to the backend.", "08006")));
		assertThat(FailureStatus.of(rollback).value()).isEqualTo(503);
		// found below a wrapper that has a SQL state of its own
		assertThat(FailureStatus.unavailable(new DataAccessResourceFailureException("x",
				new SQLException("outer", "XX000", new SQLException("inner", "08003"))))).isTrue();
	}

	@Test
	void aStatementRefusedForWhatItDoesIsNotTheDatabaseOutOfReach() {
		// cancelled by its time-out (57014): retrying the same statement would not help
		assertThat(FailureStatus.of(new QueryTimeoutException("slow", new SQLException("canceled", "57014")))
			.value()).isEqualTo(500);
		// a limit of the server's (54000), which Spring also calls a resource failure
		assertThat(FailureStatus.of(new DataAccessResourceFailureException("too many",
				new SQLException("too many parameters", "54000"))).value()).isEqualTo(500);
		// the client's value, a lost race, a bug
		assertThat(FailureStatus.of(new DataIntegrityViolationException("null",
				new SQLException("not null", "23502"))).value()).isEqualTo(400);
		assertThat(FailureStatus.of(new DuplicateKeyException("dup", new SQLException("unique", "23505"))).value())
			.isEqualTo(409);
		assertThat(FailureStatus.of(new IllegalStateException("a bug")).value()).isEqualTo(500);
		// a rollback that failed on its own, with no failure of the connection before it
		assertThat(FailureStatus.of(new TransactionSystemException("rollback", new SQLException("Connection is closed")))
			.value()).isEqualTo(500);
	}

	@Test
	void theSummaryForTheLogIsTheInnermostCauseFirstLine() {
		assertThat(FailureStatus.summary(new CannotCreateTransactionException("outer",
				new SQLTransientConnectionException("pool timed out\nstack"))))
			.isEqualTo("SQLTransientConnectionException: pool timed out");
	}
}
