package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A template's punctuation after an argument is not doubled by the argument's own (outside check, 2026-11-29). */
class TemplatesTests {

	@Test
	void anArgumentLosesTheEndPunctuationTheTemplatePutsAfterItOfEitherWidth() {
		String zh = "【12345】您的诉求（工单号 {0}）已办结：{1}。感谢您的支持。";
		assertThat(Templates.punctuated(zh, List.of("WH1", "已修复。"))).containsExactly("WH1", "已修复");
		assertThat(Templates.punctuated(zh, List.of("WH1", "已修复. "))).containsExactly("WH1", "已修复");
		assertThat(Templates.punctuated(zh, List.of("WH1", "已修复！"))).containsExactly("WH1", "已修复");
		assertThat(Templates.punctuated(zh, List.of("WH1", "已修复"))).containsExactly("WH1", "已修复");
		String en = "[12345] Your request {0} was closed: {1}. Thank you.";
		assertThat(Templates.punctuated(en, List.of("WH1", "Fixed."))).containsExactly("WH1", "Fixed");
		assertThat(Templates.punctuated(en, List.of("WH1", "已修复。"))).containsExactly("WH1", "已修复");
	}

	@Test
	void anArgumentNotFollowedByPunctuationKeepsItsOwn() {
		assertThat(Templates.punctuated("工单 {0} 被催办：{1}", List.of("WH1", "请尽快处理。")))
			.containsExactly("WH1", "请尽快处理。");
		assertThat(Templates.punctuated("{0} 已办结……", List.of("好。"))).containsExactly("好。");
	}
}
