package org.liandong.support;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The suite really runs on the database it claims: H2 by default, PostgreSQL in the postgres pass. */
@IntegrationTest
class DatabaseUnderTestIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void runsOnTheRequestedDatabase() throws Exception {
		try (var connection = dataSource.getConnection()) {
			String product = connection.getMetaData().getDatabaseProductName();
			assertThat(product).isEqualTo(TestDatabaseInitializer.postgresRequested() ? "PostgreSQL" : "H2");
		}
	}
}
