package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every message bundle of every module is in step (DESIGN §6, zh-CN first, en second): the default file is the
 * Chinese one, the zh_CN file equals it, and the English file has exactly its keys. One test over every bundle found,
 * so that a module added later is covered without a test of its own.
 */
public class MessageBundlesTests {

	static Stream<String> bundles() throws IOException {
		Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
		List<String> names = Arrays.stream(files)
			.map(Resource::getFilename)
			.filter(name -> name != null && !name.contains("_"))
			.map(name -> name.substring(0, name.length() - ".properties".length()))
			.sorted()
			.toList();
		assertThat(names).contains("messages", "workorder", "intake", "evaluation");
		return names.stream();
	}

	/** A bundle file of {@code i18n/} (e.g. {@code workorder_en.properties}), read as UTF-8. */
	public static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = MessageBundlesTests.class.getClassLoader().getResourceAsStream("i18n/" + name)) {
			assertThat(in).as(name).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void everyLanguageHasEveryKey(String bundle) throws IOException {
		Properties zh = load(bundle + ".properties");
		assertThat(load(bundle + "_zh_CN.properties")).as(bundle + "_zh_CN").isEqualTo(zh);
		assertThat(load(bundle + "_en.properties").keySet()).as(bundle + "_en").isEqualTo(zh.keySet());
	}
}
