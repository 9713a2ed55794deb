package org.liandong.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Keeps the deadline module's message bundles in step: every key in every language, zh-CN the same as default. */
class DeadlineMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = DeadlineMessagesTests.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties zh = load("deadline.properties");
		Properties zhCn = load("deadline_zh_CN.properties");
		Properties en = load("deadline_en.properties");
		assertThat(zhCn).isEqualTo(zh);
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		assertThat(zh.getProperty("deadline.calendar.title")).isEqualTo("工作日历");
	}
}
