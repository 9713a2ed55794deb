package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The text index's search restricted to a neighbourhood and a time, as the duplicate check asks it. */
class SimilarityIndexTests {

	static final String TEXT = "海滨北路12号楼下井盖缺失，夜间行人容易跌倒，请尽快修复";

	static final Instant NOW = Instant.parse("2026-11-26T02:00:00Z");

	SimilarityIndex index = new SimilarityIndex();

	@Test
	void aNeighbourhoodSearchFindsOnlyTheOrdersOfTheStreetOrNearThePointSinceTheTime() {
		index.put("same-street", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(3600)));
		index.put("other-street-far", TEXT,
				new SimilarityIndex.Place("371002002", 37.40, 122.00, NOW.minusSeconds(3600)));
		index.put("other-street-near", TEXT,
				new SimilarityIndex.Place("371002002", 37.5092, 122.1204, NOW.minusSeconds(3600)));
		index.put("same-street-old", TEXT, new SimilarityIndex.Place("371002003", null, null,
				NOW.minus(Duration.ofDays(30))));
		index.put("unplaced", TEXT);

		var near = new SimilarityIndex.Near("371002003", 37.5091, 122.1203, 200, NOW.minus(Duration.ofDays(7)));
		assertThat(index.similar(TEXT, null, 10, near)).extracting(SimilarityIndex.Hit::id)
			.containsExactlyInAnyOrder("same-street", "other-street-near");

		var streetOnly = new SimilarityIndex.Near("371002003", null, null, 200, null);
		assertThat(index.similar(TEXT, null, 10, streetOnly)).extracting(SimilarityIndex.Hit::id)
			.containsExactlyInAnyOrder("same-street", "same-street-old");

		assertThat(index.similar(TEXT, null, 10)).as("without a restriction, every order").hasSize(5);
	}

	@Test
	void scoresAreTheCosineOfTheTextsAndTheMostAlikeComesFirst() {
		index.put("alike", TEXT);
		index.put("partly", "海滨北路路灯不亮");
		index.put("unrelated", "物业乱收停车费");
		var hits = index.similar(TEXT, null, 10);
		assertThat(hits).extracting(SimilarityIndex.Hit::id).startsWith("alike").doesNotContain("unrelated");
		assertThat(hits.get(0).score()).isEqualTo(1.0);
		assertThat(hits.get(1).score()).isBetween(0.0, 0.99);
	}

	@Test
	void wordWeightsFollowTheIndexAsItGrows() {
		// the weights are read once per reader: a search after new orders must see the new frequencies
		index.put("partly", "海滨北路路灯不亮");
		index.put("filler-1", "物业乱收停车费");
		double before = index.similar("海滨北路井盖缺失", null, 10).get(0).score();
		for (int i = 0; i < 5; i++) {
			index.put("more-" + i, "井盖缺失 " + i);
		}
		var after = index.similar("海滨北路井盖缺失", null, 10);
		double partlyAfter = after.stream().filter(h -> h.id().equals("partly")).findFirst().orElseThrow().score();
		assertThat(partlyAfter).as("井盖 and 缺失 are now common, so the shared 海滨北路 counts for more")
			.isGreaterThan(before);
	}
}
