package org.liandong.shared;

import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * A few database connections of their own, apart from the pool that requests take their transaction's connection
 * from, for the statements a request makes apart from its transaction while it holds that transaction's connection:
 * a blocked caller's contact, logged while the refusal rolls the request back; the outcome another request stored,
 * read by the request that lost the race to store it, whose own transaction is aborted. Each statement commits on its
 * own (auto-commit) before it returns.
 * <p>
 * Taken from the requests' pool, such a statement needs a second connection while its request holds one: when every
 * connection of the pool is held by a request doing the same (a crowd of blocked callers posting at once, as many as
 * the pool has connections), none is ever given back, and all of them wait for the pool's time-out and fail. From
 * here they wait at most for one another's single statements. The pool is small (two connections) and keeps none
 * open while idle.
 * <p>
 * Within a transaction, Spring keeps a connection it gave out for the rest of that transaction (bound to the thread
 * until the transaction ends, {@code DataSourceUtils}), so a statement made here holds its connection until the
 * request's transaction ends, though it has committed at once. The two uses end their request's work: the refusal
 * is thrown, the stored outcome answered. Code that waits for another request after such a statement would hold the
 * connection meanwhile.
 * <p>
 * Where the main data source is not a Hikari pool configured by URL (one looked up elsewhere), statements use it
 * instead, as they did before this class, and a warning says so at the start.
 */
@Component
public class SeparateConnections implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(SeparateConnections.class);

	/** The connections at most: statements of a single row or a key's look-up, over in a millisecond or so. */
	static final int SIZE = 2;

	private final HikariDataSource own;

	private final JdbcClient jdbc;

	SeparateConnections(DataSource main) {
		this.own = pool(main);
		if (own == null) {
			log.warn("The data source is not a Hikari pool with a JDBC URL: statements apart from a request's "
					+ "transaction take their connection from it as well");
		}
		this.jdbc = JdbcClient.create(own != null ? own : main);
	}

	private static HikariDataSource pool(DataSource main) {
		if (!(main instanceof HikariDataSource hikari) || hikari.getJdbcUrl() == null) {
			return null;
		}
		HikariConfig config = new HikariConfig();
		config.setPoolName("separate-connections");
		config.setJdbcUrl(hikari.getJdbcUrl());
		config.setUsername(hikari.getUsername());
		config.setPassword(hikari.getPassword());
		if (hikari.getDriverClassName() != null) {
			config.setDriverClassName(hikari.getDriverClassName());
		}
		Properties properties = new Properties();
		properties.putAll(hikari.getDataSourceProperties());
		config.setDataSourceProperties(properties);
		config.setConnectionTimeout(hikari.getConnectionTimeout());
		config.setMaximumPoolSize(SIZE);
		config.setMinimumIdle(0);
		config.setAutoCommit(true);
		// the first statement opens the first connection: a database not reachable at the start is the main pool's
		// concern, not a reason for this one to stop the start
		config.setInitializationFailTimeout(-1);
		return new HikariDataSource(config);
	}

	/** Statements on these connections; each commits on its own, whatever transaction the calling thread is in. */
	public JdbcClient jdbc() {
		return jdbc;
	}

	@Override
	public void destroy() {
		if (own != null) {
			own.close();
		}
	}
}
