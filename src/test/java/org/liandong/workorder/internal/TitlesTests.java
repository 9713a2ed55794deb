package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTests {

	@Test
	void theTitleIsTheFirstSentenceOrLineWithItsWhiteSpaceCollapsed() {
		assertThat(Titles.derive("  海滨北路88号路灯不亮。已经一周了！")).isEqualTo("海滨北路88号路灯不亮");
		assertThat(Titles.derive("海滨北路88号\t 路灯不亮\n已经一周了")).isEqualTo("海滨北路88号 路灯不亮");
		assertThat(Titles.derive("Street light out; for a week")).isEqualTo("Street light out");
	}

	@Test
	void aLongSentenceIsCutAtThirtyCharactersNotSplittingASurrogatePair() {
		String longer = "😀".repeat(29) + "路灯不亮已经一周了";
		assertThat(Titles.derive(longer)).isEqualTo("😀".repeat(29) + "路…");
		assertThat(Titles.derive("路".repeat(30))).isEqualTo("路".repeat(30));
	}

	@Test
	void contentThatStartsWithAnEndTakesTheWholeText() {
		assertThat(Titles.derive("。路灯  不亮")).isEqualTo("。路灯 不亮");
	}
}
