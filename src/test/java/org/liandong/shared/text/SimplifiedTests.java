package org.liandong.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

class SimplifiedTests {

	@Test
	void writesTraditionalCharactersSimplifiedOneForOne() {
		assertThat(Simplified.of("環翠區竹島街道路燈壞了，晚上很黑，請儘快維修"))
			.isEqualTo("环翠区竹岛街道路灯坏了，晚上很黑，请尽快维修");
		assertThat(Simplified.of("公積金提取")).isEqualTo("公积金提取");
		assertThat(Simplified.of(null)).isNull();
	}

	@Test
	void leavesSimplifiedTextAsItIsEvenWhereACharacterIsAlsoATraditionalOne() {
		String simplified = "显著的乾坤，以后于此征收，什么";
		assertThat(Simplified.of(simplified)).isSameAs(simplified);
		String plain = "竹岛街道海滨北路88号井盖缺失 ABC";
		assertThat(Simplified.of(plain)).isSameAs(plain);
	}

	@Test
	void theAnalyserReadsTraditionalTextAsTheSameWordsAtTheSameOffsets() throws Exception {
		assertThat(words("路燈壞了")).isEqualTo(words("路灯坏了"));
		try (var analyzer = new ChineseAnalyzer(); TokenStream ts = analyzer.tokenStream("f", new StringReader("路燈壞了"))) {
			OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
			ts.reset();
			assertThat(ts.incrementToken()).isTrue();
			assertThat(offset.startOffset()).isZero();
			assertThat(offset.endOffset()).isEqualTo(2);
			ts.end();
		}
	}

	static List<String> words(String text) throws Exception {
		List<String> out = new ArrayList<>();
		try (var analyzer = new ChineseAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
			CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
			ts.reset();
			while (ts.incrementToken()) {
				out.add(term.toString());
			}
			ts.end();
		}
		return out;
	}
}
