package org.liandong.evaluation.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.liandong.evaluation.RateDimension;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Sums {@code ev_fact} over a date range, grouped by one column: one indexed range scan, never the orders. */
@Component
class RateQueries {

	private static final String SUMS = "SUM(dispatched), SUM(signed_on_time), SUM(responded), SUM(returns), "
			+ "SUM(replied), SUM(replied_on_time), SUM(handle_seconds), SUM(revisits), SUM(resolved), SUM(satisfied), "
			+ "SUM(basically_satisfied), SUM(dissatisfied), SUM(reopens), SUM(overdue)";

	/** Orders placed at region codes starting with {@code prefix}, and those with no place when {@code unplaced}. */
	record Places(String prefix, boolean unplaced) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	RateQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counters per group key ({@code ""} for none: no place, no item). {@code units} (may be null) limits the acting
	 * units; {@code places} (may be null) limits the orders' places.
	 */
	Map<String, Tally> sum(LocalDate from, LocalDate to, RateDimension dimension, Set<String> units, Places places) {
		String column = switch (dimension) {
			case UNIT -> "unit_code";
			case DISTRICT -> "district_code";
			case STREET -> "street_code";
			case ITEM -> "item_code";
			case DAY, MONTH, QUARTER, YEAR -> "fact_day";
		};
		var params = new MapSqlParameterSource().addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to));
		StringBuilder sql = new StringBuilder("SELECT " + column + ", " + SUMS
				+ " FROM ev_fact WHERE fact_day >= :from AND fact_day < :to");
		if (units != null) {
			sql.append(" AND unit_code IN (:units)");
			params.addValue("units", units.isEmpty() ? Set.of("-") : units);
		}
		if (places != null) {
			sql.append(places.unplaced() ? " AND (region_code LIKE :prefix OR region_code IS NULL)"
					: " AND region_code LIKE :prefix");
			params.addValue("prefix", places.prefix() + "%");
		}
		sql.append(" GROUP BY ").append(column);
		Map<String, Tally> result = new HashMap<>();
		jdbc.query(sql.toString(), params, rs -> {
			String key;
			if ("fact_day".equals(column)) {
				key = period(rs.getDate(1).toLocalDate(), dimension);
			}
			else {
				key = rs.getString(1);
			}
			Tally t = new Tally(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
					rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12),
					rs.getLong(13), rs.getLong(14), rs.getLong(15));
			result.merge(key == null ? "" : key, t, Tally::plus);
		});
		return result;
	}

	static String period(LocalDate day, RateDimension dimension) {
		return switch (dimension) {
			case MONTH -> String.format("%04d-%02d", day.getYear(), day.getMonthValue());
			case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
			case YEAR -> String.valueOf(day.getYear());
			default -> day.toString();
		};
	}
}
