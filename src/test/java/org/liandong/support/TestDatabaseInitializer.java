package org.liandong.support;

import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Points every test application context at the database under test: the in-memory H2 of the {@code test} profile
 * by default, or, with {@code -Dliandong.test.db=postgres}, a fresh database in one embedded PostgreSQL server per
 * test JVM (real PostgreSQL binaries from Maven Central).
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static EmbeddedPostgres postgres;

	public static boolean postgresRequested() {
		return "postgres".equalsIgnoreCase(System.getProperty("liandong.test.db", ""));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!postgresRequested() || context.getEnvironment().containsProperty(FIXED_DATASOURCE)) {
			return;
		}
		String url = newPostgresDatabase();
		// (a test that sizes the pool itself names its size in liandong.test.pool-size)
		String poolSize = context.getEnvironment().getProperty("liandong.test.pool-size", "8");
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres",
				Map.of("spring.datasource.url", url, "spring.datasource.username", "postgres",
						"spring.datasource.password", "postgres", "spring.datasource.hikari.maximum-pool-size",
						poolSize)));
	}

	/** Set by tests that choose their datasource themselves (e.g. to restart on the same database). */
	public static final String FIXED_DATASOURCE = "liandong.test.fixed-datasource";

	/** A new, empty database on the embedded PostgreSQL server; its JDBC URL (user and password postgres). */
	public static String newPostgresDatabase() {
		String database = "t" + UUID.randomUUID().toString().replace("-", "");
		DataSource admin = server().getPostgresDatabase();
		try (var conn = admin.getConnection(); var st = conn.createStatement()) {
			st.execute("CREATE DATABASE " + database);
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot create test database", e);
		}
		return server().getJdbcUrl("postgres", database);
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (Exception e) {
				throw new IllegalStateException("Cannot start embedded PostgreSQL", e);
			}
		}
		return postgres;
	}
}
