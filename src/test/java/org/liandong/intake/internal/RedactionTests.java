package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTests {

	@Test
	void removesMobileAndLandlineNumbers() {
		assertThat(Redaction.redact("请回电13812345678或0631-5201234")).isEqualTo("请回电[电话已隐去]或[电话已隐去]");
	}

	@Test
	void removesResidentIdNumbersBeforePhoneNumbers() {
		assertThat(Redaction.redact("身份证37010219900101123X")).isEqualTo("身份证[身份证号已隐去]");
	}

	@Test
	void removesIntroducedAndTitledNames() {
		assertThat(Redaction.redact("我叫王小明，住在竹岛")).isEqualTo("我叫**，住在竹岛");
		assertThat(Redaction.redact("联系人：李四，电话")).isEqualTo("联系人：**，电话");
		assertThat(Redaction.redact("请王先生放心")).isEqualTo("请*先生放心");
	}

	@Test
	void keepsOrdinaryTextAndNumbers() {
		assertThat(Redaction.redact("海滨北路88号井盖缺失2个")).isEqualTo("海滨北路88号井盖缺失2个");
		assertThat(Redaction.redact(null)).isNull();
	}
}
