package org.liandong.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** Keeps the work-order bundles in step: every key in every language, the default being Chinese. */
class WorkOrderMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = WorkOrderMessagesTests.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@Test
	void everyLanguageHasEveryKey() throws IOException {
		Properties zh = load("workorder.properties");
		assertThat(load("workorder_zh_CN.properties")).isEqualTo(zh);
		assertThat(load("workorder_en.properties").keySet()).isEqualTo(zh.keySet());
		assertThat(zh).isNotEmpty();
	}
}
