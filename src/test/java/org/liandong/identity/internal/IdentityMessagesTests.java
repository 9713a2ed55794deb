package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;

class IdentityMessagesTests {

	@Test
	void everyBundleHasTheSameKeysAndEveryRoleIsNamed() throws IOException {
		Properties zh = load("identity.properties");
		Properties zhCn = load("identity_zh_CN.properties");
		Properties en = load("identity_en.properties");

		assertThat(zhCn.keySet()).isEqualTo(zh.keySet());
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		for (Role role : Role.values()) {
			assertThat(zh).containsKey("identity.role." + role);
		}
	}

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (var in = IdentityMessagesTests.class.getResourceAsStream("/i18n/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}
}
