package org.liandong.triage.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code tr_grid} table. */
@Repository
class GridStore {

	private static final String COLUMNS = "code, name, street_code, community_code, polygon_wkt, centre_lat, "
			+ "centre_lon, source";

	private final JdbcClient jdbc;

	GridStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM tr_grid").query(Long.class).single();
	}

	List<Grid> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM tr_grid ORDER BY code").query(GridStore::grid).list();
	}

	Optional<Grid> find(String code) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM tr_grid WHERE code = :code").param("code", code)
			.query(GridStore::grid).optional();
	}

	@Transactional
	void insertAll(List<Grid> grids) {
		WKTWriter writer = new WKTWriter();
		writer.setPrecisionModel(new org.locationtech.jts.geom.PrecisionModel(1e6));
		for (Grid g : grids) {
			jdbc.sql("INSERT INTO tr_grid (" + COLUMNS + ") VALUES (:code, :name, :street, :community, :wkt, :lat, "
					+ ":lon, :source)")
				.param("code", g.code())
				.param("name", g.name())
				.param("street", g.streetCode())
				.param("community", g.communityCode())
				.param("wkt", writer.write(g.polygon()))
				.param("lat", g.centreLat())
				.param("lon", g.centreLon())
				.param("source", g.source())
				.update();
		}
	}

	private static Grid grid(ResultSet rs, int n) throws SQLException {
		try {
			return new Grid(rs.getString("code"), rs.getString("name"), rs.getString("street_code"),
					rs.getString("community_code"), new WKTReader().read(rs.getString("polygon_wkt")),
					rs.getDouble("centre_lat"), rs.getDouble("centre_lon"), rs.getString("source"));
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Bad polygon in tr_grid " + rs.getString("code"), ex);
		}
	}
}
