package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liandong.evaluation.RankingClass;
import org.liandong.evaluation.RankingEntry;
import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.Rates;

class RankingPolicyTests {

	// advanced: top 10 % with score >= 90; improved: +5; rectify: bottom 10 % or < 70; govern after 2 months; min 5
	EvaluationProperties.RankingRules rules = new EvaluationProperties.RankingRules(0.1, 90, 5, 0.1, 70, 2, 5);
	RankingPolicy policy = new RankingPolicy(rules);

	static RateRow row(String key, double score, long dispatched) {
		return new RateRow(key, key, dispatched, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null,
				new Rates(null, null, null, null, null, null, null), score);
	}

	List<RateRow> twenty() {
		List<RateRow> rows = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			rows.add(row("U" + i, 99 - i, 10));
		}
		return rows;
	}

	RankingClass classOf(List<RankingEntry> entries, String key) {
		return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow().rankingClass();
	}

	@Test
	void theBestAreAdvancedAndTheWorstRectify() {
		var entries = policy.rank(twenty(), Map.of(), List.of());
		assertThat(classOf(entries, "U0")).isEqualTo(RankingClass.ADVANCED);
		assertThat(classOf(entries, "U1")).isEqualTo(RankingClass.ADVANCED);
		assertThat(classOf(entries, "U2")).isNull();
		assertThat(classOf(entries, "U18")).isEqualTo(RankingClass.RECTIFY);
		assertThat(classOf(entries, "U19")).isEqualTo(RankingClass.RECTIFY);
		assertThat(entries.get(0).rank()).isEqualTo(1);
	}

	@Test
	void aClearGainOverLastMonthIsProgress() {
		var entries = policy.rank(twenty(), Map.of("U5", 80.0, "U6", 92.0), List.of());
		assertThat(classOf(entries, "U5")).isEqualTo(RankingClass.IMPROVED);
		assertThat(classOf(entries, "U6")).isNull();
	}

	@Test
	void rectifyingTwoMonthsRunningIsGovernance() {
		var entries = policy.rank(twenty(), Map.of(), List.of(Set.of("U19")));
		assertThat(classOf(entries, "U19")).isEqualTo(RankingClass.GOVERN);
		assertThat(classOf(entries, "U18")).isEqualTo(RankingClass.RECTIFY);
	}

	@Test
	void aScoreUnderTheRectificationLineRectifiesAndFewOrdersAreNotRanked() {
		List<RateRow> rows = new ArrayList<>(List.of(row("A", 95, 10), row("B", 65, 10), row("C", 40, 2)));
		var entries = policy.rank(rows, Map.of(), List.of());
		assertThat(classOf(entries, "B")).isEqualTo(RankingClass.RECTIFY);
		RankingEntry c = entries.stream().filter(e -> e.key().equals("C")).findFirst().orElseThrow();
		assertThat(c.rank()).isNull();
		assertThat(c.rankingClass()).isNull();
	}

	@Test
	void theRowOfOrdersWithoutAPlaceIsNeverRankedAndComesLast() {
		List<RateRow> rows = new ArrayList<>();
		rows.add(row(null, 100, 50));
		rows.addAll(twenty());
		rows.add(row("FEW", 50, 1));
		List<RankingEntry> entries = policy.rank(rows, Map.of(), List.of());
		RankingEntry last = entries.get(entries.size() - 1);
		assertThat(last.key()).isNull();
		assertThat(last.rank()).isNull();
		assertThat(last.rankingClass()).isNull();
		assertThat(entries.get(0).key()).isEqualTo("U0");
		assertThat(entries.get(0).rank()).isEqualTo(1);
		assertThat(entries.get(entries.size() - 2).key()).isEqualTo("FEW");
		// It does not count among the ranked: the worst 10 % of 20 are two, U18 and U19.
		assertThat(entries.stream().filter(e -> e.rank() != null)).hasSize(20);
		assertThat(classOf(entries.subList(0, 20), "U17")).isNull();
		assertThat(classOf(entries.subList(0, 20), "U18")).isEqualTo(RankingClass.RECTIFY);
	}
}
