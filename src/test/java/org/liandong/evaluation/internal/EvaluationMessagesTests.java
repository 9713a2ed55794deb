package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.liandong.shared.MessageBundlesTests;

/** Keeps the evaluation module's message bundles in step: every key in every language, zh-CN the same as default. */
class EvaluationMessagesTests {

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties zh = MessageBundlesTests.load("evaluation.properties");
		Properties zhCn = MessageBundlesTests.load("evaluation_zh_CN.properties");
		Properties en = MessageBundlesTests.load("evaluation_en.properties");
		assertThat(zhCn).isEqualTo(zh);
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		// The reports' constant and the pages' message name the orders without a place alike.
		assertThat(zh.getProperty("ev.unplaced")).isEqualTo(EvaluationService.UNPLACED);
		assertThat(en.getProperty("ev.unplaced")).isEqualTo("Unplaced");
	}
}
