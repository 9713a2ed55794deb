package org.liandong.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class DirectoryMessagesTests {

	@Test
	void everyBundleHasTheSameKeys() throws Exception {
		Properties zh = load("directory.properties");
		assertThat(load("directory_zh_CN.properties")).isEqualTo(zh);
		assertThat(load("directory_en.properties").keySet()).isEqualTo(zh.keySet());
	}

	private static Properties load(String name) throws Exception {
		Properties p = new Properties();
		try (var in = DirectoryMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}
}
