package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The nearest closed orders vote for the items that were confirmed for them. */
class HistoryNeighboursTests {

	HistoryNeighbours history = new HistoryNeighbours(null);

	@Test
	void theItemOfSimilarClosedOrdersGetsTheMostVotes() {
		history.learn("1", "小区门口的共享单车乱停乱放堵塞消防通道", "X-01");
		history.learn("2", "共享单车乱停放占用人行道和消防通道", "X-01");
		history.learn("3", "楼上邻居深夜装修噪音扰民", "Y-02");
		Map<String, Double> votes = history.votes("共享单车乱停乱放把消防通道堵了");
		assertThat(votes).containsKey("X-01");
		assertThat(votes.get("X-01")).isGreaterThan(votes.getOrDefault("Y-02", 0.0));
		assertThat(votes.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
	}

	@Test
	void givesNoVotesWithoutHistoryOrForUnrelatedText() {
		assertThat(history.votes("共享单车乱停乱放")).isEmpty();
		history.learn("1", "共享单车乱停乱放堵塞消防通道", "X-01");
		assertThat(history.votes("自来水水压低")).isEmpty();
	}

	@Test
	void labelsTheHistoryWithTheDomainOfItsItem() {
		history.learn("1", "共享单车乱停乱放", "X-01");
		history.learn("2", "噪音扰民", "UNKNOWN");
		assertThat(history.examples(code -> code.equals("X-01") ? "交通运输" : null))
			.extracting(t -> t.label()).containsExactly("交通运输");
	}
}
