package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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
	void aNeighbourhoodAnsweredInMemoryGivesEachOrdersPlaceAsPut() {
		index.put("placed", TEXT, new SimilarityIndex.Place("371002003", 37.5092, 122.1204, NOW.minusSeconds(60),
				"371002003001", "海滨北路88号"));
		index.put("street-only", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(60),
				"371002003002", null));
		var near = new SimilarityIndex.Near("371002003", 37.5091, 122.1203, 200, NOW.minus(Duration.ofDays(7)));
		assertThat(index.answersInMemorySince(near.since())).isTrue();

		assertThat(index.similar(TEXT, null, 10, near)).extracting(SimilarityIndex.Hit::id, SimilarityIndex.Hit::place)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("placed", new SimilarityIndex.Place("371002003", 37.5092,
							122.1204, NOW.minusSeconds(60), "371002003001", "海滨北路88号")),
					org.assertj.core.groups.Tuple.tuple("street-only", new SimilarityIndex.Place("371002003", null,
							null, NOW.minusSeconds(60), "371002003002", null)));
		assertThat(index.similar(TEXT, null, 10)).as("a search of the whole index knows no places")
			.allSatisfy(hit -> assertThat(hit.place()).isNull());
	}

	@Test
	void ofEquallyAlikeOrdersTheNewestAreKeptWhateverOrderTheyWerePutIn() {
		// fifty look-alikes of one street scoring exactly alike, put mostly in time order; one put last is the
		// newest (taken in elsewhere, caught up), one put last is older than all (caught up late)
		for (int i = 0; i < 50; i++) {
			index.put("same-" + i, TEXT, new SimilarityIndex.Place("371002003", 37.5092, 122.1204,
					NOW.minusSeconds(3600 - i)));
		}
		index.put("caught-up-newest", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(60)));
		index.put("caught-up-oldest", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(7200)));
		var near = new SimilarityIndex.Near("371002003", 37.5091, 122.1203, 200, NOW.minus(Duration.ofDays(7)));
		assertThat(index.answersInMemorySince(near.since())).isTrue();

		assertThat(index.similar(TEXT, null, 5, near)).extracting(SimilarityIndex.Hit::id)
			.containsExactly("caught-up-newest", "same-49", "same-48", "same-47", "same-46");
		assertThat(index.similar(TEXT, "same-48", 3, near)).as("without the one excluded, the next newest")
			.extracting(SimilarityIndex.Hit::id)
			.containsExactly("caught-up-newest", "same-49", "same-47");
		index.put("same-49", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(7000)));
		assertThat(index.similar(TEXT, null, 3, near)).as("an order put again counts at its new time only")
			.extracting(SimilarityIndex.Hit::id)
			.containsExactly("caught-up-newest", "same-48", "same-47");
		assertThat(index.similar(TEXT, null, 60, near)).as("all of them, the newest first")
			.extracting(SimilarityIndex.Hit::id)
			.hasSize(52)
			.endsWith("same-1", "same-0", "same-49", "caught-up-oldest");
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

	@Test
	void aNeighbourhoodSearchInMemoryFindsAndScoresWhatTheTextIndexFinds() {
		long seed = Long.getLong("seed", System.nanoTime()); // (-Dseed=N repeats a failed run)
		Random random = new Random(seed);
		Both both = new Both(Duration.ofDays(30));
		SimilarityIndex memory = both.memory();
		SimilarityIndex lucene = both.lucene();
		String[] phrases = { "井盖缺失", "路灯不亮", "噪音扰民", "垃圾未清运", "占道经营", "楼道堆放杂物", "供暖温度不达标",
				"海滨北路", "文化西路", "小区门口", "夜间施工", "积水严重", "请尽快处理", "多次反映未解决" };
		String[] streets = { "371002001", "371002002", "371002003", null };
		Map<String, SimilarityIndex.Place> places = new HashMap<>();
		for (int i = 0; i < 400; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 1 + random.nextInt(5); w > 0; w--) {
				text.append(phrases[random.nextInt(phrases.length)]).append('，');
			}
			String street = streets[random.nextInt(streets.length)];
			boolean point = street == null || random.nextBoolean();
			var place = new SimilarityIndex.Place(street, point ? 37.50 + random.nextDouble() * 0.02 : null,
					point ? 122.10 + random.nextDouble() * 0.02 : null,
					NOW.minus(Duration.ofMinutes(random.nextInt(20 * 24 * 60))));
			both.put("o" + i, text.toString(), place);
			places.put("o" + i, place);
		}
		int compared = 0;
		int filtered = 0;
		for (int q = 0; q < 50; q++) {
			String text = phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)];
			var near = new SimilarityIndex.Near(streets[random.nextInt(streets.length)], 37.50 + random.nextDouble() * 0.02,
					122.10 + random.nextDouble() * 0.02, 100 + random.nextInt(900), NOW.minus(Duration.ofDays(7)));
			assertThat(memory.answersInMemorySince(near.since())).isTrue();
			assertThat(lucene.answersInMemorySince(near.since())).isFalse();
			Map<String, Double> expected = scores(lucene.similar(text, "o0", 1000, near));
			Map<String, Double> actual = scores(memory.similar(text, "o0", 1000, near));
			// Lucene rounds a point to its encoding (millimetres): an order on the circle's edge may go either way
			java.util.function.Predicate<String> onTheEdge = id -> {
				var p = places.get(id);
				// (an order of the searched street is found by its street wherever it lies; without a street, by its
				// point only)
				return p.lat() != null && (near.street() == null || !near.street().equals(p.street()))
						&& Math.abs(org.apache.lucene.util.SloppyMath.haversinMeters(near.lat(), near.lon(), p.lat(),
								p.lon()) - near.meters()) < 0.5;
			};
			expected.keySet().removeIf(onTheEdge);
			actual.keySet().removeIf(onTheEdge);
			compared += assertSameScores(expected, actual, "seed " + seed + ", query " + q);
			List<SimilarityIndex.Hit> all = memory.similar(text, "o0", 1000, near);
			assertThat(memory.similar(text, "o0", 5, near)).as("the best five, best first")
				.extracting(SimilarityIndex.Hit::score)
				.containsExactlyElementsOf(all.subList(0, Math.min(5, all.size())).stream()
					.map(SimilarityIndex.Hit::score)
					.toList());
			// a floor leaves out the orders below it, the same in memory and in Lucene, and nothing else
			double floor = 0.1 + random.nextInt(50) / 100.0;
			List<SimilarityIndex.Hit> above = all.stream().filter(h -> h.score() >= floor).toList();
			assertThat(memory.similar(text, "o0", 1000, near, floor)).as("query %d, floor %s", q, floor)
				.containsExactlyElementsOf(above);
			assertThat(memory.similar(text, "o0", 5, near, floor)).as("the best five above the floor")
				.containsExactlyElementsOf(above.subList(0, Math.min(5, above.size())));
			Map<String, Double> luceneAbove = scores(lucene.similar(text, "o0", 1000, near, floor));
			luceneAbove.keySet().removeIf(onTheEdge);
			Map<String, Double> memoryAbove = scores(above);
			memoryAbove.keySet().removeIf(onTheEdge);
			assertSameScores(luceneAbove, memoryAbove, "seed " + seed + ", query " + q + ", floor " + floor);
			filtered += all.size() - above.size();
		}
		assertThat(compared).as("orders found and compared over all queries").isGreaterThan(500);
		assertThat(filtered).as("orders below a floor over all queries").isGreaterThan(50);
	}

	@Test
	void aSearchWithAFloorPassesOverTheOrdersThatShareOnlyCommonWordsAndFindsWhatAScanOfAllFinds() {
		// a dense street of look-alike requests (place, house number, problem, detail, a serial number), as in a
		// burst of calls: most orders share the request's common words only, and cannot reach a floor with them
		long seed = System.nanoTime();
		Random random = new Random(seed);
		String[] places = { "海滨北路", "古寨东路", "文化西路", "统一路", "青岛北路", "新威路", "世昌大道", "昆明路" };
		String[] problems = { "路灯不亮，夜间行人不便", "井盖缺失，存在安全隐患", "垃圾堆放多日无人清运", "下水道堵塞污水外溢",
				"道路坑洼积水，车辆难行", "楼道照明损坏多日", "燃气管道有异味", "红绿灯故障路口拥堵" };
		String[] details = { "请尽快处理", "已经反映多次", "希望相关部门核实", "持续一周了" };
		java.util.function.IntFunction<String> request = i -> places[random.nextInt(places.length)]
				+ (1 + random.nextInt(60)) + "号附近" + problems[random.nextInt(problems.length)] + "，"
				+ details[random.nextInt(details.length)] + "（" + (10_000 + i) + "）";
		SimilarityIndex memory = new SimilarityIndex(Duration.ZERO, Duration.ofDays(30));
		for (int i = 0; i < 3000; i++) {
			boolean point = random.nextInt(4) == 0;
			memory.put("o" + i, request.apply(i), new SimilarityIndex.Place(point ? null : "371002003",
					point ? 37.50 + random.nextDouble() * 0.004 : null, point ? 122.10 + random.nextDouble() * 0.004 : null,
					NOW.minus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)))));
		}
		int found = 0;
		long withFloor = 0;
		long withoutFloor = 0;
		for (int q = 0; q < 40; q++) {
			String text = request.apply(90_000 + q);
			var near = new SimilarityIndex.Near("371002003", 37.50 + random.nextDouble() * 0.004,
					122.10 + random.nextDouble() * 0.004, 300, NOW.minus(Duration.ofDays(2)));
			double floor = 0.15 + random.nextInt(30) / 100.0;
			long before = memory.scoredInMemory();
			List<SimilarityIndex.Hit> all = memory.similar(text, null, 10_000, near);
			withoutFloor += memory.scoredInMemory() - before;
			List<SimilarityIndex.Hit> above = all.stream().filter(h -> h.score() >= floor).toList();
			assertThat(memory.similar(text, null, 10_000, near, floor)).as("seed %d, query %d, floor %s", seed, q, floor)
				.containsExactlyElementsOf(above);
			before = memory.scoredInMemory();
			assertThat(memory.similar(text, null, 40, near, floor)).as("the best 40 above the floor")
				.containsExactlyElementsOf(above.subList(0, Math.min(40, above.size())));
			withFloor += memory.scoredInMemory() - before;
			assertThat(memory.similar(text, null, 7, near, floor)).as("the best seven above the floor")
				.containsExactlyElementsOf(above.subList(0, Math.min(7, above.size())));
			found += above.size();
		}
		assertThat(found).as("seed %d: orders above the floors", seed).isGreaterThan(40);
		assertThat(withFloor).as("seed %d: orders scored for the best 40 above a floor, against %d for all", seed,
				withoutFloor).isLessThan(withoutFloor / 2);
	}

	@Test
	void aNeighbourhoodOfThousandsOfDistinctWordsScoresAsTheTextIndexDoes() {
		// (a search meets thousands of distinct words, most of them not the request's, each order's norm of them all)
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Both both = new Both(Duration.ofDays(30));
		SimilarityIndex memory = both.memory();
		SimilarityIndex lucene = both.lucene();
		String[] vocabulary = new String[4000];
		for (int i = 0; i < vocabulary.length; i++) {
			vocabulary[i] = "w" + Integer.toString(i, 26).replaceAll("[0-9]", "x") + "q";
		}
		var place = new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(60));
		for (int i = 0; i < 300; i++) {
			StringBuilder text = new StringBuilder();
			for (int w = 0; w < 25; w++) {
				text.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
			}
			both.put("o" + i, text.toString(), place);
		}
		var near = new SimilarityIndex.Near("371002003", null, null, 0, NOW.minus(Duration.ofDays(7)));
		int compared = assertSameScores(lucene, memory, near, 20, () -> String.join(" ",
				vocabulary[random.nextInt(vocabulary.length)], vocabulary[random.nextInt(vocabulary.length)],
				vocabulary[random.nextInt(vocabulary.length)]), seed);
		assertThat(compared).as("seed %d: orders found and compared over all queries", seed).isGreaterThan(20);
	}

	@Test
	void afterThousandsOfPutsExpiredAndReplacedOrdersAreDroppedAndTheOthersStillScoreAsInTheTextIndex() {
		// (the neighbourhoods drop expired and replaced entries every few thousand puts, moving the others' words)
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Both both = new Both(Duration.ofDays(10));
		SimilarityIndex memory = both.memory();
		SimilarityIndex lucene = both.lucene();
		String[] phrases = { "井盖缺失", "路灯不亮", "噪音扰民", "垃圾未清运", "占道经营", "海滨北路", "文化西路", "小区门口" };
		int orders = 6000;
		for (int i = 0; i < orders; i++) {
			// twenty days of orders, oldest first: the first half is beyond the retention by the end
			var place = new SimilarityIndex.Place("371002003", null, null,
					NOW.minus(Duration.ofMinutes((long) (orders - i) * 20 * 24 * 60 / orders)));
			int id = random.nextInt(10) == 0 && i > 0 ? random.nextInt(i) : i; // some put again, with a new text
			String text = phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)] + " 号" + i;
			both.put("o" + id, text, place);
		}
		var near = new SimilarityIndex.Near("371002003", null, null, 0, NOW.minus(Duration.ofDays(7)));
		assertThat(memory.answersInMemorySince(near.since())).isTrue();
		int compared = assertSameScores(lucene, memory, near, 10,
				() -> phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)], seed);
		assertThat(compared).as("seed %d: orders found and compared over all queries", seed).isGreaterThan(1000);
	}

	@Test
	void asTheIndexGrowsTheScoresFollowEachEpochsWeightsInMemoryAsInTheTextIndexAndKeptNormsAreReused() {
		// searches between puts: every few puts the index has grown by a hundredth, and the norms the neighbourhood
		// kept for the epoch before must not be used with the new weights
		long seed = System.nanoTime();
		Random random = new Random(seed);
		Both both = new Both(Duration.ofDays(30));
		SimilarityIndex memory = both.memory();
		SimilarityIndex lucene = both.lucene();
		String[] phrases = { "井盖缺失", "路灯不亮", "噪音扰民", "垃圾未清运", "占道经营", "楼道堆放杂物", "海滨北路", "文化西路",
				"小区门口", "夜间施工", "请尽快处理" };
		java.util.function.IntConsumer put = i -> {
			String text = phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)]
					+ (random.nextBoolean() ? phrases[random.nextInt(phrases.length)] : "") + " " + (i % 50) + "号";
			var place = new SimilarityIndex.Place("371002003", null, null, NOW.minus(Duration.ofMinutes(1000 - i)));
			both.put("o" + i, text, place);
		};
		for (int i = 0; i < 300; i++) {
			put.accept(i);
		}
		var near = new SimilarityIndex.Near("371002003", null, null, 0, NOW.minus(Duration.ofDays(7)));
		int firstEpoch = memory.idfs().epoch;
		assertThat(lucene.idfs().epoch).as("the same epochs in both, asked alike").isEqualTo(firstEpoch);
		int compared = 0;
		for (int round = 0; round < 60; round++) {
			put.accept(300 + round);
			for (int q = 0; q < 2; q++) {
				String text = phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)];
				compared += assertSameScores(scores(lucene.similar(text, null, 10_000, near)),
						scores(memory.similar(text, null, 10_000, near)), "seed " + seed + ", round " + round);
			}
			Idfs epoch = memory.idfs();
			assertThat(lucene.idfs().epoch).isEqualTo(epoch.epoch);
			assertThat(301 + round - epoch.documents).as("texts put since the epoch")
				.isLessThan(Math.max(1, epoch.documents / 100));
		}
		assertThat(memory.idfs().epoch - firstEpoch).as("epochs the searches went through").isGreaterThan(10);
		assertThat(compared).as("seed %d: orders compared", seed).isGreaterThan(10_000);
		assertThat(memory.normsWorkedOutInMemory()).as("norms worked out, of %d orders scored", memory.scoredInMemory())
			.isPositive()
			.isLessThan(memory.scoredInMemory() * 3 / 4);
	}

	@Test
	void searchesAtOnceOnManyThreadsAnswerAsOneAfterAnother() throws Exception {
		// the threads share the orders' kept norms (written by whichever scan meets an order first) and the arrays
		// of the requests' words: two indexes of the same orders, one asked on one thread, the other on eight at once
		// with its norms not yet worked out
		long seed = System.nanoTime();
		Random random = new Random(seed);
		SimilarityIndex one = new SimilarityIndex(Duration.ZERO, Duration.ofDays(30));
		SimilarityIndex many = new SimilarityIndex(Duration.ZERO, Duration.ofDays(30));
		String[] phrases = { "井盖缺失", "路灯不亮", "噪音扰民", "垃圾未清运", "占道经营", "楼道堆放杂物", "海滨北路", "文化西路",
				"小区门口", "夜间施工", "请尽快处理" };
		for (int i = 0; i < 2000; i++) {
			String text = phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)] + " "
					+ random.nextInt(300) + "号";
			var place = new SimilarityIndex.Place("37100200" + random.nextInt(3), null, null, NOW.minusSeconds(i));
			one.put("o" + i, text, place);
			many.put("o" + i, text, place);
		}
		List<String> texts = new java.util.ArrayList<>();
		for (int q = 0; q < 400; q++) {
			texts.add(phrases[random.nextInt(phrases.length)] + phrases[random.nextInt(phrases.length)] + " "
					+ random.nextInt(300) + "号");
		}
		java.util.function.BiFunction<SimilarityIndex, Integer, List<SimilarityIndex.Hit>> search = (index, q) -> index
			.similar(texts.get(q), null, 20, new SimilarityIndex.Near("37100200" + q % 3, null, null, 0,
					NOW.minus(Duration.ofDays(1))), 0.1);
		assertThat(many.idfs().epoch).isEqualTo(one.idfs().epoch);
		List<List<SimilarityIndex.Hit>> expected = new java.util.ArrayList<>();
		for (int q = 0; q < texts.size(); q++) {
			expected.add(search.apply(one, q));
		}
		var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
		try {
			List<java.util.concurrent.Future<List<SimilarityIndex.Hit>>> answers = new java.util.ArrayList<>();
			for (int q = 0; q < texts.size(); q++) {
				int query = q;
				answers.add(pool.submit(() -> search.apply(many, query)));
			}
			for (int q = 0; q < texts.size(); q++) {
				assertThat(answers.get(q).get()).as("seed %d, query %d", seed, q).isEqualTo(expected.get(q));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(expected.stream().mapToInt(List::size).sum()).as("seed %d: hits", seed).isGreaterThan(2000);
	}

	@Test
	void aWordRepeatedHundredsOfTimesInATextScoresInMemoryAsInTheTextIndex() {
		// (the neighbourhood keeps a word's count in a text and looks the factor of the common counts up in a table)
		Both both = new Both(Duration.ofDays(30));
		SimilarityIndex memory = both.memory();
		SimilarityIndex lucene = both.lucene();
		var place = new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(60));
		String[] texts = { "井盖缺失，".repeat(300) + "海滨北路", "井盖缺失，".repeat(3) + "路灯不亮", "海滨北路路灯不亮",
				"井盖缺失" };
		for (int i = 0; i < texts.length; i++) {
			both.put("o" + i, texts[i], place);
		}
		var near = new SimilarityIndex.Near("371002003", null, null, 0, NOW.minus(Duration.ofDays(7)));
		Map<String, Double> expected = scores(lucene.similar("海滨北路井盖缺失", null, 10, near));
		assertThat(expected).containsOnlyKeys("o0", "o1", "o2", "o3");
		assertSameScores(expected, scores(memory.similar("海滨北路井盖缺失", null, 10, near)), "repeated words");
	}

	@Test
	void aTextPutAgainMovesToItsNewPlaceAndOrdersBeyondTheRetentionAreSearchedInTheTextIndex() {
		SimilarityIndex index = new SimilarityIndex(Duration.ZERO, Duration.ofDays(10));
		index.put("moved", TEXT, new SimilarityIndex.Place("371002003", null, null, NOW.minusSeconds(60)));
		index.put("moved", TEXT, new SimilarityIndex.Place("371002002", null, null, NOW.minusSeconds(60)));
		index.put("old", TEXT, new SimilarityIndex.Place("371002002", null, null, NOW.minus(Duration.ofDays(12))));
		var week = NOW.minus(Duration.ofDays(7));
		assertThat(index.answersInMemorySince(week)).isTrue();
		assertThat(index.similar(TEXT, null, 10, new SimilarityIndex.Near("371002003", null, null, 0, week)))
			.as("no longer in its first street").isEmpty();
		assertThat(index.similar(TEXT, null, 10, new SimilarityIndex.Near("371002002", null, null, 0, week)))
			.extracting(SimilarityIndex.Hit::id)
			.containsExactly("moved");
		var fortnight = NOW.minus(Duration.ofDays(14));
		assertThat(index.answersInMemorySince(fortnight)).as("beyond the retention").isFalse();
		assertThat(index.similar(TEXT, null, 10, new SimilarityIndex.Near("371002002", null, null, 0, fortnight)))
			.extracting(SimilarityIndex.Hit::id)
			.containsExactlyInAnyOrder("moved", "old");
	}

	/**
	 * The same orders in an index answering neighbourhood searches in memory (for {@code retention}) and in one that
	 * keeps none there, so that every search goes to the text index: what the in-memory answers are compared with.
	 */
	private record Both(SimilarityIndex memory, SimilarityIndex lucene) {

		Both(Duration retention) {
			this(new SimilarityIndex(Duration.ZERO, retention), new SimilarityIndex(Duration.ZERO, Duration.ZERO));
		}

		void put(String id, String text, SimilarityIndex.Place place) {
			memory.put(id, text, place);
			lucene.put(id, text, place);
		}
	}

	/**
	 * Asks both indexes the same neighbourhood search for each of so many requests and compares their answers (see
	 * below); how many orders were compared in all.
	 */
	private static int assertSameScores(SimilarityIndex lucene, SimilarityIndex memory, SimilarityIndex.Near near,
			int queries, java.util.function.Supplier<String> request, long seed) {
		int compared = 0;
		for (int q = 0; q < queries; q++) {
			String text = request.get();
			compared += assertSameScores(scores(lucene.similar(text, null, 10_000, near)),
					scores(memory.similar(text, null, 10_000, near)), "seed " + seed + ", query " + q);
		}
		return compared;
	}

	/** The same orders with the same scores (to the index's rounding); how many were compared. */
	private static int assertSameScores(Map<String, Double> expected, Map<String, Double> actual, String what) {
		assertThat(actual.keySet()).as(what).isEqualTo(expected.keySet());
		expected.forEach((id, score) -> assertThat(actual.get(id)).as("%s, %s", what, id)
			.isCloseTo(score, within(0.001)));
		return expected.size();
	}

	private static Map<String, Double> scores(List<SimilarityIndex.Hit> hits) {
		Map<String, Double> out = new HashMap<>();
		hits.forEach(h -> out.put(h.id(), h.score()));
		return out;
	}
}
