package org.liandong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.liandong.identity.Role;
import org.liandong.shared.PageQuery;
import org.liandong.shared.PageResult;
import org.liandong.shared.RecentReads;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The users table ({@code idn_user}, {@code idn_user_grid}). */
@Repository
class Users {

	private static final String COLUMNS = "id, username, password_hash, display_name, role, unit_code, region_code, "
			+ "enabled, created_at, updated_at, version";

	private static final String INSERT = "INSERT INTO idn_user (" + COLUMNS + ") VALUES (:id, :username, "
			+ ":passwordHash, :displayName, :role, :unitCode, :regionCode, :enabled, :createdAt, :updatedAt, :version)";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate template;

	Users(JdbcClient jdbc, NamedParameterJdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/**
	 * Accounts read for bearer tokens, each kept for a second for the same user's next tokens: every API request
	 * would otherwise read the user and its grids again. {@link #update} forgets them.
	 */
	private final RecentReads<String, Optional<UserAccount>> recent = new RecentReads<>(Duration.ofSeconds(1),
			10_000);

	/** The account as read at most a second ago (for bearer tokens, whose checks follow it). */
	Optional<UserAccount> findRecent(String username) {
		return recent.get(username, this::findByUsername);
	}

	Optional<UserAccount> findByUsername(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM idn_user WHERE username = :username")
			.param("username", username)
			.query(Users::map)
			.optional()
			.map(u -> u.withGrids(grids(List.of(u.id())).getOrDefault(u.id(), Set.of())));
	}

	PageResult<UserAccount> search(String q, Role role, String unitCode, PageQuery page) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		MapSqlParameterSource params = new MapSqlParameterSource();
		if (q != null && !q.isBlank()) {
			where.append(" AND (LOWER(username) LIKE :q OR LOWER(display_name) LIKE :q)");
			params.addValue("q", "%" + q.strip().toLowerCase(Locale.ROOT) + "%");
		}
		if (role != null) {
			where.append(" AND role = :role");
			params.addValue("role", role.name());
		}
		if (unitCode != null && !unitCode.isBlank()) {
			where.append(" AND unit_code = :unit");
			params.addValue("unit", unitCode.strip());
		}
		long total = jdbc.sql("SELECT COUNT(*) FROM idn_user" + where).paramSource(params).query(Long.class).single();
		params.addValue("limit", page.size()).addValue("offset", page.offset());
		List<UserAccount> rows = jdbc
			.sql("SELECT " + COLUMNS + " FROM idn_user" + where + " ORDER BY username LIMIT :limit OFFSET :offset")
			.paramSource(params)
			.query(Users::map)
			.list();
		Map<String, Set<String>> grids = grids(rows.stream().map(UserAccount::id).toList());
		List<UserAccount> content = rows.stream().map(u -> u.withGrids(grids.getOrDefault(u.id(), Set.of()))).toList();
		return PageResult.of(content, page, total);
	}

	Set<String> existingUsernames() {
		return new HashSet<>(jdbc.sql("SELECT username FROM idn_user").query(String.class).list());
	}

	void insert(UserAccount user) {
		insertAll(List.of(user));
	}

	/** Inserts in JDBC batches: thousands of demo users must load in well under two seconds. */
	void insertAll(List<UserAccount> users) {
		if (users.isEmpty()) {
			return;
		}
		template.batchUpdate(INSERT, users.stream().map(Users::params).toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> grids = new ArrayList<>();
		for (UserAccount u : users) {
			for (String grid : u.gridCodes()) {
				grids.add(new MapSqlParameterSource("userId", u.id()).addValue("grid", grid));
			}
		}
		if (!grids.isEmpty()) {
			template.batchUpdate("INSERT INTO idn_user_grid (user_id, grid_code) VALUES (:userId, :grid)",
					grids.toArray(SqlParameterSource[]::new));
		}
	}

	/** Writes every field but the id and creation time; false when {@code expectedVersion} is stale. */
	boolean update(UserAccount user, long expectedVersion) {
		recent.forgetAll(); // the old username too, should it change
		int rows = jdbc.sql("""
				UPDATE idn_user SET password_hash = :passwordHash, display_name = :displayName, role = :role,
				unit_code = :unitCode, region_code = :regionCode, enabled = :enabled, updated_at = :updatedAt,
				version = version + 1 WHERE id = :id AND version = :expected""")
			.paramSource(params(user).addValue("expected", expectedVersion))
			.update();
		if (rows == 0) {
			return false;
		}
		jdbc.sql("DELETE FROM idn_user_grid WHERE user_id = :id").param("id", user.id()).update();
		for (String grid : user.gridCodes()) {
			jdbc.sql("INSERT INTO idn_user_grid (user_id, grid_code) VALUES (:id, :grid)")
				.param("id", user.id())
				.param("grid", grid)
				.update();
		}
		return true;
	}

	private Map<String, Set<String>> grids(Collection<String> userIds) {
		Map<String, Set<String>> result = new HashMap<>();
		if (userIds.isEmpty()) {
			return result;
		}
		jdbc.sql("SELECT user_id, grid_code FROM idn_user_grid WHERE user_id IN (:ids)")
			.param("ids", userIds)
			.query(rs -> {
				result.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
			});
		return result;
	}

	private static MapSqlParameterSource params(UserAccount u) {
		return new MapSqlParameterSource("id", u.id()).addValue("username", u.username())
			.addValue("passwordHash", u.passwordHash())
			.addValue("displayName", u.displayName())
			.addValue("role", u.role().name())
			// explicit SQL types: a null would otherwise cost a parameter-metadata lookup per row in batches
			.addValue("unitCode", u.unitCode(), Types.VARCHAR)
			.addValue("regionCode", u.regionCode(), Types.VARCHAR)
			.addValue("enabled", u.enabled(), Types.BOOLEAN)
			.addValue("createdAt", utc(u.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("updatedAt", utc(u.updatedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.addValue("version", u.version());
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getString("id"), rs.getString("username"), rs.getString("password_hash"),
				rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
				rs.getString("region_code"), Set.of(), rs.getBoolean("enabled"), instant(rs, "created_at"),
				instant(rs, "updated_at"), rs.getLong("version"));
	}
}
