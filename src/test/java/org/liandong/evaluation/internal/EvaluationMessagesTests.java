package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Keeps the evaluation module's message bundles in step: every key in every language, zh-CN the same as default. */
class EvaluationMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = EvaluationMessagesTests.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties zh = load("evaluation.properties");
		Properties zhCn = load("evaluation_zh_CN.properties");
		Properties en = load("evaluation_en.properties");
		assertThat(zhCn).isEqualTo(zh);
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		// The reports' constant and the pages' message name the orders without a place alike.
		assertThat(zh.getProperty("ev.unplaced")).isEqualTo(EvaluationService.UNPLACED);
		assertThat(en.getProperty("ev.unplaced")).isEqualTo("Unplaced");
	}
}
