package org.liandong.identity.internal;

import java.util.List;
import java.util.Set;

import org.liandong.identity.Actor;
import org.liandong.identity.Role;
import org.liandong.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link UserDirectory} on the users table; grid sets are filled only for the grid query that needs them. */
@Component
class JdbcUserDirectory implements UserDirectory {

	private static final String COLUMNS = "u.id, u.username, u.display_name, u.role, u.unit_code, u.region_code";

	private final JdbcClient jdbc;

	JdbcUserDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Actor> handlersOf(String unitCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user u WHERE u.enabled = TRUE AND u.role = 'HANDLER' "
				+ "AND u.unit_code = :unit ORDER BY u.username")
			.param("unit", unitCode)
			.query((rs, i) -> actor(rs, Set.of()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Actor> withRole(Role role) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user u WHERE u.enabled = TRUE AND u.role = :role "
				+ "ORDER BY u.username")
			.param("role", role.name())
			.query((rs, i) -> actor(rs, Set.of()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Actor> gridWorkersOf(String gridCode) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user u JOIN idn_user_grid g ON g.user_id = u.id "
				+ "WHERE u.enabled = TRUE AND u.role = 'GRID_WORKER' AND g.grid_code = :grid ORDER BY u.username")
			.param("grid", gridCode)
			.query((rs, i) -> actor(rs, Set.of(gridCode)))
			.list();
	}

	private static Actor actor(java.sql.ResultSet rs, Set<String> grids) throws java.sql.SQLException {
		return new Actor(rs.getString("id"), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("unit_code"), rs.getString("region_code"), grids);
	}
}
