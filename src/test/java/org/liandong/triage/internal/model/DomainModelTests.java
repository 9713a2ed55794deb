package org.liandong.triage.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DomainModelTests {

	static List<LabelledText> smallCorpus() {
		List<LabelledText> out = new ArrayList<>();
		String[][] seeds = { { "城乡建设", "小区门口路灯不亮，井盖缺失，道路破损", "楼盘违规建设，物业不管，房屋漏水" },
				{ "教育文体", "学校乱收费，孩子入学难，幼儿园学位不足", "老师补课收费，学生课业负担重" },
				{ "交通运输", "公交线路太少，出租车拒载，公交站牌不完善", "客运车辆超载，高速收费站拥堵" } };
		for (String[] seed : seeds) {
			for (int i = 0; i < 6; i++) {
				out.add(new LabelledText(seed[1 + i % 2] + "，请尽快处理第" + i + "次反映", seed[0]));
			}
		}
		return out;
	}

	@Test
	void learnsDomainsFromLabelledText() {
		DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(smallCorpus());
		assertThat(model.labels()).containsExactly("交通运输", "城乡建设", "教育文体");
		assertThat(model.predict("我家小区的路灯坏了好几天")).isEqualTo("城乡建设");
		assertThat(model.predict("幼儿园收费太高")).isEqualTo("教育文体");
		assertThat(model.predict("公交车太少")).isEqualTo("交通运输");
	}

	@Test
	void givesProbabilitiesThatSumToOneMostLikelyFirst() {
		DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(smallCorpus());
		List<DomainModel.Scored> scored = model.classify("学校乱收费");
		assertThat(scored.stream().mapToDouble(DomainModel.Scored::probability).sum()).isCloseTo(1.0,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(scored.get(0).label()).isEqualTo("教育文体");
		assertThat(scored.get(0).probability()).isGreaterThan(scored.get(1).probability());
	}

	@Test
	void meaninglessTextGetsALowerConfidenceThanAClearRequest() {
		DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(smallCorpus());
		double clear = model.classify("路灯不亮井盖缺失").get(0).probability();
		double nonsense = model.classify("qwxz zzzz").get(0).probability();
		assertThat(nonsense).isLessThan(clear);
		assertThat(nonsense).isLessThan(0.5);
	}

	@Test
	void survivesARoundTripThroughBytes() {
		DomainModel model = new DomainTrainer(TrainingOptions.defaults()).train(smallCorpus());
		DomainModel copy = DomainModel.fromBytes(model.toBytes());
		assertThat(copy.labels()).isEqualTo(model.labels());
		assertThat(copy.options()).isEqualTo(model.options());
		assertThat(copy.classify("公交站牌不完善")).isEqualTo(model.classify("公交站牌不完善"));
	}

	@Test
	void macroF1AveragesTheClassesF1() {
		Metrics metrics = new Metrics(List.of("a", "a", "b", "b"), List.of("a", "b", "b", "b"));
		assertThat(metrics.accuracy()).isEqualTo(0.75);
		// a: p 1, r .5, f1 .667; b: p .667, r 1, f1 .8
		assertThat(metrics.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(metrics.report()).endsWith("macro-F1 0.7333");
	}
}
