package org.liandong.triage.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ItemMatcherTests {

	private static final List<ItemMatcher.ItemText> ITEMS = List.of(
			new ItemMatcher.ItemText("LIGHT", "城乡建设", "路灯 维修 路灯不亮 夜间照明 灯杆编号12345"),
			new ItemMatcher.ItemText("MANHOLE", "城乡建设", "井盖 缺失 破损 道路 窨井盖"),
			new ItemMatcher.ItemText("FEES", "教育文体", "学校 乱收费 补课 幼儿园 收费"),
			new ItemMatcher.ItemText("BUS", "交通运输", "公交 线路 站牌 班次 公交车"),
			new ItemMatcher.ItemText("NOISE", "环境保护", "噪音 扰民 施工 夜间施工 KTV 2号楼"));

	private final ItemMatcher matcher = new ItemMatcher(ITEMS);

	@Test
	void ranksTheItemTheRequestResemblesFirst() {
		assertThat(matcher.rank("我家门口的路灯不亮了").get(0).code()).isEqualTo("LIGHT");
		assertThat(matcher.rank("幼儿园乱收费").get(0).code()).isEqualTo("FEES");
		assertThat(matcher.rank("晚上工地夜间施工噪音很大").get(0).code()).isEqualTo("NOISE");
		assertThat(matcher.rank("qqqq zzzz")).isEmpty();
	}

	@Test
	void numbersMatchNothing() {
		// the light's description has a pole number, the noise item a building number: the numbers of a request
		// must not make it resemble them
		assertThat(matcher.rank("12345")).isEmpty();
		assertThat(matcher.rank("12345 2 ＃1")).isEmpty();
		assertThat(matcher.rank("灯杆12345")).extracting(ItemMatcher.Match::code).containsExactly("LIGHT");
	}

	@Test
	void ranksTheSameFromTheDomainModelsFeaturesAsFromTheText() {
		List<TrainingOptions> variants = List.of(TrainingOptions.defaults(), withGrams(1, 2), withGrams(1, 1),
				withGrams(2, 3));
		List<String> texts = texts(300, new Random(7));
		int matched = 0;
		for (TrainingOptions options : variants) {
			DomainModel model = new DomainTrainer(options).train(DomainModelTests.smallCorpus());
			for (String text : texts) {
				double[] expected = matcher.similarities(text);
				double[] actual = matcher.similarities(model.featurise(text));
				for (int i = 0; i < expected.length; i++) {
					assertThat(actual[i]).as("%s: %s, %s", options, text, matcher.item(i).code())
						.isCloseTo(expected[i], within(1e-6));
				}
				if (expected[0] + expected[1] + expected[2] > 0) {
					matched++;
				}
			}
		}
		assertThat(matched).as("texts that resemble some item").isGreaterThan(texts.size());
	}

	private static TrainingOptions withGrams(int min, int max) {
		TrainingOptions d = TrainingOptions.defaults();
		return new TrainingOptions(min, max, d.wordBigrams(), d.minDf(), d.wordWeight(), d.bigramWeight(),
				d.charWeight(), d.c(), d.temperature(), d.balanced());
	}

	/** Requests made of the items' words, numbers, Latin letters and punctuation, in random order. */
	private static List<String> texts(int n, Random random) {
		String[] parts = { "路灯", "不亮", "井盖", "缺失", "12345", "2号楼", "，", "。", "KTV", "ktv", "幼儿园", "收费", "公交",
				"站牌", "夜间", "施工", "噪音", "3", " ", "灯杆", "编号", "a1", "我家", "门口", "的", "了" };
		List<String> out = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = 1 + random.nextInt(12); j > 0; j--) {
				text.append(parts[random.nextInt(parts.length)]);
			}
			out.add(text.toString());
		}
		return out;
	}
}
