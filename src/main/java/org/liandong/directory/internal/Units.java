package org.liandong.directory.internal;

import java.util.List;

import org.liandong.directory.Unit;
import org.liandong.directory.UnitType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The {@code dir_unit} table. */
@Repository
class Units {

	private final NamedParameterJdbcTemplate jdbc;

	Units(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Unit> findAll() {
		return jdbc.query("SELECT code, name, type, parent_code, region_code FROM dir_unit ORDER BY code",
				(rs, i) -> new Unit(rs.getString("code"), rs.getString("name"), UnitType.valueOf(rs.getString("type")),
						rs.getString("parent_code"), rs.getString("region_code")));
	}

	long count() {
		Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM dir_unit", Long.class);
		return n == null ? 0 : n;
	}

	void insertAll(List<Unit> units) {
		SqlParameterSource[] batch = units.stream()
			.map(u -> new MapSqlParameterSource().addValue("code", u.code()).addValue("name", u.name())
				.addValue("type", u.type().name()).addValue("parent", u.parentCode())
				.addValue("region", u.regionCode()))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("INSERT INTO dir_unit (code, name, type, parent_code, region_code, enabled) "
				+ "VALUES (:code, :name, :type, :parent, :region, TRUE)", batch);
	}
}
