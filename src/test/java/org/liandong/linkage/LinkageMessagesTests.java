package org.liandong.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keeps the linkage, supervision and notification bundles in step: every key in every language. */
class LinkageMessagesTests {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = LinkageMessagesTests.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "linkage", "supervision", "notification" })
	void everyLanguageHasEveryKey(String bundle) throws IOException {
		Properties zh = load(bundle + ".properties");
		assertThat(load(bundle + "_zh_CN.properties")).isEqualTo(zh);
		assertThat(load(bundle + "_en.properties").keySet()).isEqualTo(zh.keySet());
		assertThat(zh).isNotEmpty();
	}
}
