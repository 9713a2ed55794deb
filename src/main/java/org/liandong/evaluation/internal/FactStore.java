package org.liandong.evaluation.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.liandong.directory.Directory;
import org.liandong.directory.Region;
import org.liandong.directory.RegionLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/** Writes one order's rows in {@code ev_fact}: its first ones, or fresh ones in place of the old. */
@Component
class FactStore {

	private static final String INSERT = "INSERT INTO ev_fact (order_id, seq, unit_code, fact_day, region_code, "
			+ "district_code, street_code, item_code, dispatched, signed_on_time, responded, returns, replied, "
			+ "replied_on_time, handle_seconds, revisits, resolved, satisfied, basically_satisfied, dissatisfied, "
			+ "reopens, overdue) VALUES (:order, :seq, :unit, :day, :region, :district, :street, :item, :dispatched, "
			+ ":signedOnTime, :responded, :returns, :replied, :repliedOnTime, :handleSeconds, :revisits, :resolved, "
			+ ":satisfied, :basically, :dissatisfied, :reopens, :overdue)";

	private final NamedParameterJdbcTemplate jdbc;
	private final Directory directory;

	FactStore(NamedParameterJdbcTemplate jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	void replace(String orderId, OrderFacts.Result facts) {
		jdbc.update("DELETE FROM ev_fact WHERE order_id = :id", Map.of("id", orderId));
		insert(orderId, facts);
	}

	/** Writes the rows of an order that has none yet (one batch). */
	void insert(String orderId, OrderFacts.Result facts) {
		if (facts.tallies().isEmpty()) {
			return;
		}
		String district = null;
		String street = null;
		if (facts.regionCode() != null) {
			for (Region r : directory.regionAndAncestors(facts.regionCode())) {
				district = r.level() == RegionLevel.DISTRICT ? r.code() : district;
				street = r.level() == RegionLevel.STREET ? r.code() : street;
			}
		}
		List<SqlParameterSource> rows = new ArrayList<>();
		int seq = 0;
		for (var entry : facts.tallies().entrySet()) {
			Tally t = entry.getValue();
			rows.add(new MapSqlParameterSource().addValue("order", orderId)
				.addValue("seq", seq++)
				.addValue("unit", entry.getKey().unitCode())
				.addValue("day", Date.valueOf(entry.getKey().day()))
				.addValue("region", facts.regionCode())
				.addValue("district", district)
				.addValue("street", street)
				.addValue("item", facts.itemCode())
				.addValue("dispatched", t.dispatched())
				.addValue("signedOnTime", t.signedOnTime())
				.addValue("responded", t.responded())
				.addValue("returns", t.returns())
				.addValue("replied", t.replied())
				.addValue("repliedOnTime", t.repliedOnTime())
				.addValue("handleSeconds", t.handleSeconds())
				.addValue("revisits", t.revisits())
				.addValue("resolved", t.resolved())
				.addValue("satisfied", t.satisfied())
				.addValue("basically", t.basicallySatisfied())
				.addValue("dissatisfied", t.dissatisfied())
				.addValue("reopens", t.reopens())
				.addValue("overdue", t.overdue()));
		}
		jdbc.batchUpdate(INSERT, rows.toArray(SqlParameterSource[]::new));
	}
}
