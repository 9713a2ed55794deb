package org.liandong.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.LabelledText;
import org.liandong.triage.internal.model.TeddyData;

/**
 * {@link ChineseAnalyzer} must give exactly smartcn's tokens (text, offsets, positions, type) of the text with its
 * traditional characters simplified (which both read through {@link Simplified#reader}), with and without
 * stop words: on every request of the Teddy Cup training split, on hand-picked awkward texts, and on seeded random
 * texts (the seed is printed on failure; rerun with {@code -Dliandong.text.seed=<seed>}).
 */
class ChineseAnalyzerEquivalenceTests {

	private final Analyzer smartcn = simplifiedFirst(new SmartChineseAnalyzer(true));

	private final Analyzer ours = new ChineseAnalyzer(true);

	private final Analyzer smartcnAllWords = simplifiedFirst(new SmartChineseAnalyzer(false));

	/** smartcn reading the text as {@link ChineseAnalyzer} does, traditional characters simplified. */
	static Analyzer simplifiedFirst(Analyzer smartcn) {
		return new org.apache.lucene.analysis.AnalyzerWrapper(smartcn.getReuseStrategy()) {
			@Override
			protected Analyzer getWrappedAnalyzer(String fieldName) {
				return smartcn;
			}

			@Override
			protected java.io.Reader wrapReader(String fieldName, java.io.Reader reader) {
				return Simplified.reader(reader);
			}
		};
	}

	private final Analyzer oursAllWords = new ChineseAnalyzer(false);

	@Test
	void rebuildsSmartcnsDictionariesRatherThanFallingBack() {
		assertThat(ChineseAnalyzer.fast()).as("smartcn's dictionaries rebuilt (else smartcn's slow segmenter is used)")
			.isTrue();
	}

	@Test
	void givesSmartcnsTokensForAwkwardTexts() throws IOException {
		List<String> texts = List.of("", " ", "\n\t　", "。", "你", "A", "7",
				"威海市环翠区竹岛街道海景小区3号楼漏水，已持续三天。", "ＡＢＣ１２３ａｂｃ全角字母和数字", "iPhone15 和 HUAWEI Mate60 信号差",
				"门牌号12-3号，电话1390000****", "中 华 人 民 共 和 国 分 开 写", "表情😀😀符号🚗停车", "孤立\uD800代理\uDC00对",
				"English words: running, cities, reported complaints.", "混合Ｅｎｇｌｉｓｈ与english与１２ａＢ",
				"“引号”、《书名号》（括号）【方括号】……——！？；：", "㐀㐁扩展区汉字与常用字", "\u00A0不换行空格\u2003全角空格",
				"环翠区".repeat(500), "小区噪音扰民严重请尽快处理".repeat(120) + "。",
				"反映" + "a".repeat(1500) + "问题", "第一句。第二句！第三句？第四句\r\n第五句");
		for (String text : texts) {
			assertSameTokens(text);
		}
	}

	@Test
	void givesSmartcnsTokensForEveryTrainingRequest() throws IOException {
		List<LabelledText> rows = LabelledCsv.read(TeddyData.trainCsv(), "text", "一级标签");
		assertThat(rows).hasSizeGreaterThan(1000);
		for (LabelledText row : rows) {
			assertSameTokens(row.text());
		}
	}

	@Test
	void givesSmartcnsTokensForRandomTexts() throws IOException {
		long seed = Long.getLong("liandong.text.seed", new Random().nextLong());
		Random random = new Random(seed);
		String hanzi = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
				+ "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些"
				+ "然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系"
				+ "威海环翠区街道社区小区物业噪音垃圾停车漏水供暖投诉举报反映市民热线";
		String others = "abcXYZ0123456789ＡＢＣａｂｃ０１２３４５６７８９ \n\t　,.!?;:，。！？；：、“”《》（）-—…@#%&*+=/\\😀";
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(200);
			for (int c = 0; c < length; c++) {
				if (random.nextInt(4) > 0) {
					text.append(hanzi.charAt(random.nextInt(hanzi.length())));
				}
				else {
					int at = random.nextInt(others.length());
					text.append(Character.isHighSurrogate(others.charAt(at)) || Character.isLowSurrogate(others.charAt(at))
							? "😀" : String.valueOf(others.charAt(at)));
				}
			}
			String sample = text.toString();
			assertThat(tokens(ours, sample)).as("seed %d, text %d: %s", seed, i, sample)
				.isEqualTo(tokens(smartcn, sample));
		}
	}

	private void assertSameTokens(String text) throws IOException {
		String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
		assertThat(tokens(ours, text)).as("with stop words: %s", shown).isEqualTo(tokens(smartcn, text));
		assertThat(tokens(oursAllWords, text)).as("without stop words: %s", shown)
			.isEqualTo(tokens(smartcnAllWords, text));
	}

	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("t", new StringReader(text))) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offsets = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term + " " + offsets.startOffset() + "-" + offsets.endOffset() + " +"
						+ position.getPositionIncrement() + " " + type.type());
			}
			stream.end();
			tokens.add("end " + offsets.endOffset() + " +" + position.getPositionIncrement());
		}
		return tokens;
	}

}
