package org.liandong.evaluation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liandong.evaluation.RankingClass;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;

/**
 * Ranks a month's rows and gives the classes 先进/进步/整改/治理 by the configured rules
 * ({@link EvaluationProperties.RankingRules}); a pure function of this month, last month's scores and which keys
 * were in 整改 in each of the months before.
 */
final class RankingPolicy {

	private final EvaluationProperties.RankingRules rules;

	RankingPolicy(EvaluationProperties.RankingRules rules) {
		this.rules = rules;
	}

	/**
	 * Only rows with a key, a score and enough orders are ranked; the others follow without a rank or class, the row
	 * without a key (the orders with no place, in a street ranking) last of all: it is not a street.
	 *
	 * @param rows this month's rows, by score descending
	 * @param previousScores last month's score per key
	 * @param earlierRectified for each earlier month (most recent first), the keys in 整改 or 治理 then
	 */
	List<RankingEntry> rank(List<RateRow> rows, Map<String, Double> previousScores,
			List<Set<String>> earlierRectified) {
		List<RateRow> ranked = rows.stream()
			.filter(r -> r.key() != null && r.score() != null && r.dispatched() >= rules.minDispatched())
			.toList();
		int n = ranked.size();
		int top = (int) Math.ceil(rules.advancedShare() * n);
		int bottom = (int) Math.ceil(rules.rectifyShare() * n);
		List<RankingEntry> result = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			RateRow r = ranked.get(i);
			Double previous = previousScores.get(r.key());
			RankingClass c = null;
			boolean rectify = i >= n - bottom || r.score() < rules.rectifyBelowScore();
			if (rectify) {
				c = persistent(r.key(), earlierRectified) ? RankingClass.GOVERN : RankingClass.RECTIFY;
			}
			else if (i < top && r.score() >= rules.advancedMinScore()) {
				c = RankingClass.ADVANCED;
			}
			else if (previous != null && r.score() - previous >= rules.improvedMinGain()) {
				c = RankingClass.IMPROVED;
			}
			result.add(new RankingEntry(i + 1, r.key(), r.name(), r, previous, c));
		}
		rows.stream()
			.filter(r -> !ranked.contains(r))
			.sorted(Comparator.comparing(r -> r.key() == null))
			.forEach(r -> result.add(new RankingEntry(null, r.key(), r.name(), r,
					r.key() == null ? null : previousScores.get(r.key()), null)));
		return result;
	}

	private boolean persistent(String key, List<Set<String>> earlier) {
		int needed = rules.governAfterMonths() - 1;
		if (earlier.size() < needed) {
			return false;
		}
		for (int i = 0; i < needed; i++) {
			if (!earlier.get(i).contains(key)) {
				return false;
			}
		}
		return true;
	}
}
