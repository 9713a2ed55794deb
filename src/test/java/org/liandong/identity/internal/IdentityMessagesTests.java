package org.liandong.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.liandong.identity.Role;
import org.liandong.shared.MessageBundlesTests;

class IdentityMessagesTests {

	@Test
	void everyBundleHasTheSameKeysAndEveryRoleIsNamed() throws IOException {
		Properties zh = MessageBundlesTests.load("identity.properties");
		Properties zhCn = MessageBundlesTests.load("identity_zh_CN.properties");
		Properties en = MessageBundlesTests.load("identity_en.properties");

		assertThat(zhCn.keySet()).isEqualTo(zh.keySet());
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		for (Role role : Role.values()) {
			assertThat(zh).containsKey("identity.role." + role);
		}
	}
}
