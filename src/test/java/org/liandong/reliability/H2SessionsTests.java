package org.liandong.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The embedded database keeps working for the life of the process. H2 2.4 tied a CHECK constraint to the session
 * that created it: once the pool retired the migration's connection (its 30-minute lifetime) while others kept the
 * database open, every insert into a table with one (deadlines, whistles, supervisions) failed as a constraint
 * violation, and the closed loop stopped about half an hour after a first start.
 */
@IntegrationTest
class H2SessionsTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void checkConstraintsHoldAfterThePoolHasRenewedEveryConnection() throws Exception {
		HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
		assumeTrue(pool.getJdbcUrl().startsWith("jdbc:h2:"), "an H2 matter");
		// another connection keeps the database open while the pool closes every idle one, the migration's too
		try (Connection keeper = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(),
				pool.getPassword())) {
			pool.getHikariPoolMXBean().softEvictConnections();
			Thread.sleep(1000); // the pool closes evicted connections on a thread of its own
			LocalDate day = LocalDate.of(1999, 12, 31);
			jdbc.sql("INSERT INTO dl_calendar_day (date, off_day, name, source, updated_at) "
					+ "VALUES (:d, TRUE, 'test', 'ADMIN', :at)")
				.param("d", day)
				.param("at", Instant.now().atOffset(ZoneOffset.UTC))
				.update();
			assertThat(jdbc.sql("DELETE FROM dl_calendar_day WHERE date = :d").param("d", day).update()).isEqualTo(1);
			assertThat(keeper.isClosed()).isFalse();
		}
	}
}
