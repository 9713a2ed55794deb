package org.liandong.evaluation.internal;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.evaluation.RateRow;
import org.liandong.identity.Actor;
import org.liandong.shared.PageQuery;
import org.liandong.workorder.WorkOrderFilter;
import org.liandong.workorder.WorkOrders;
import org.springframework.stereotype.Component;

/**
 * The leaders' dashboard data of a month, one JSON for the API ({@code /api/v1/evaluation/dashboard}) and for the
 * dashboard page's script ({@code /evaluation/dashboard/data}, which takes the page session).
 */
@Component
class DashboardData {

	private final Evaluation evaluation;
	private final WorkOrders orders;

	DashboardData(Evaluation evaluation, WorkOrders orders) {
		this.evaluation = evaluation;
		this.orders = orders;
	}

	/**
	 * Daily volume, top items, districts, overdue units and the points of the orders, all of the actor's region
	 * (the city's users: the whole city, with the orders without a place).
	 */
	Map<String, Object> of(YearMonth month, Actor actor) {
		var range = Periods.of(month);
		// a district's leader sees the district's figures, as the orders on its map (the city's, the whole city)
		String region = actor.regionScope();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("month", month.toString());
		data.put("trend", evaluation.rates(q(range, region, RateDimension.DAY)).stream()
			.sorted(Comparator.comparing(RateRow::key)).toList());
		data.put("topItems", top(evaluation.rates(q(range, region, RateDimension.ITEM)), RateRow::dispatched));
		// The orders with no place (key null) are not a district: after the districts.
		data.put("districts", evaluation.rates(q(range, region, RateDimension.DISTRICT)).stream()
			.sorted(Comparator.comparing(r -> r.key() == null))
			.toList());
		data.put("overdue", top(evaluation.rates(q(range, region, RateDimension.UNIT)), RateRow::overdue));
		var filter = new WorkOrderFilter(null, null, null, null, null, null, null, range.from(), range.to(), null, null);
		data.put("points", orders.search(actor, filter, new PageQuery(0, 1000)).content().stream()
			.filter(o -> o.lat() != null && o.lon() != null)
			.map(o -> Map.of("lat", o.lat(), "lon", o.lon(), "number", o.number(), "status", o.status().name()))
			.toList());
		return data;
	}

	private static RateQuery q(Periods.Range range, String region, RateDimension d) {
		return new RateQuery(range.from(), range.to(), region, null, d);
	}

	/**
	 * The ten rows with the most of {@code count}, most first: only rows with at least one (a unit with activity but
	 * no breach is not among the most overdue; an item with replies only this month was not dispatched in it).
	 */
	private static List<RateRow> top(List<RateRow> rows, ToLongFunction<RateRow> count) {
		return rows.stream()
			.filter(r -> r.key() != null && count.applyAsLong(r) > 0)
			.sorted(Comparator.comparingLong(count).reversed())
			.limit(10)
			.toList();
	}
}
