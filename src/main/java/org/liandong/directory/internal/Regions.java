package org.liandong.directory.internal;

import java.util.List;

import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

/** The {@code dir_region} table. */
@Repository
class Regions {

	private final NamedParameterJdbcTemplate jdbc;

	Regions(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<Region> findAll() {
		return jdbc.query("SELECT code, name, short_name, level, parent_code, lat, lon FROM dir_region ORDER BY code",
				(rs, i) -> new Region(rs.getString("code"), rs.getString("name"),
						RegionLevel.valueOf(rs.getString("level")), rs.getString("parent_code"),
						rs.getObject("lat") == null ? null : rs.getDouble("lat"),
						rs.getObject("lon") == null ? null : rs.getDouble("lon"), rs.getString("short_name")));
	}

	long count() {
		Long n = jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM dir_region", Long.class);
		return n == null ? 0 : n;
	}

	void insertAll(List<Region> regions) {
		SqlParameterSource[] batch = regions.stream()
			.map(r -> new MapSqlParameterSource().addValue("code", r.code()).addValue("name", r.name())
				.addValue("shortName", r.shortName()).addValue("level", r.level().name())
				.addValue("parent", r.parentCode()).addValue("lat", r.lat()).addValue("lon", r.lon()))
			.toArray(SqlParameterSource[]::new);
		jdbc.batchUpdate("INSERT INTO dir_region (code, name, short_name, level, parent_code, lat, lon) "
				+ "VALUES (:code, :name, :shortName, :level, :parent, :lat, :lon)", batch);
	}
}
