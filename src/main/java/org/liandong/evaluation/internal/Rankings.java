package org.liandong.evaluation.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.evaluation.Evaluation;
import org.liandong.evaluation.RankingClass;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateDimension;
import org.liandong.evaluation.RateQuery;
import org.liandong.evaluation.RateRow;
import org.springframework.stereotype.Component;

/** Monthly rankings of units (by lead unit) and of streets/towns (by the place of the orders). */
@Component
class Rankings {

	private final Evaluation evaluation;
	private final RankingPolicy policy;
	private final int governAfter;
	private final int minDispatched;

	Rankings(Evaluation evaluation, EvaluationProperties properties) {
		this.evaluation = evaluation;
		this.policy = new RankingPolicy(properties.ranking());
		this.governAfter = properties.ranking().governAfterMonths();
		this.minDispatched = properties.ranking().minDispatched();
	}

	/** The dispatched orders an entry needs in the month to be ranked (fewer: listed after, without rank or class). */
	int minDispatched() {
		return minDispatched;
	}

	/**
	 * {@code dimension} is UNIT or STREET. A street ranking lists the orders with no place (key null, 未定位) last,
	 * without a rank.
	 */
	List<RankingEntry> monthly(YearMonth month, RateDimension dimension) {
		List<Set<String>> earlier = new ArrayList<>();
		// Classes of earlier months, oldest first, so each month's 治理 sees the months before it.
		for (int back = governAfter - 1; back >= 1; back--) {
			List<RankingEntry> e = rankOne(month.minusMonths(back), dimension, new ArrayList<>(earlier));
			earlier.add(0, rectified(e));
		}
		return rankOne(month, dimension, earlier);
	}

	private List<RankingEntry> rankOne(YearMonth month, RateDimension dimension, List<Set<String>> earlier) {
		List<RateRow> rows = rows(month, dimension);
		Map<String, Double> previous = new HashMap<>();
		for (RateRow r : rows(month.minusMonths(1), dimension)) {
			if (r.key() != null && r.score() != null) {
				previous.put(r.key(), r.score());
			}
		}
		return policy.rank(rows, previous, earlier);
	}

	private List<RateRow> rows(YearMonth month, RateDimension dimension) {
		var range = Periods.of(month);
		return evaluation.rates(new RateQuery(range.from(), range.to(), null, null, dimension));
	}

	private static Set<String> rectified(List<RankingEntry> entries) {
		Set<String> keys = new HashSet<>();
		for (RankingEntry e : entries) {
			if (e.rankingClass() == RankingClass.RECTIFY || e.rankingClass() == RankingClass.GOVERN) {
				keys.add(e.key());
			}
		}
		return keys;
	}
}
