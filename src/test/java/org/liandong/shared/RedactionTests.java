package org.liandong.shared;

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
	void removesFourCharacterNamesWithACompoundSurname() {
		assertThat(Redaction.redact("联系人：欧阳娜娜，电话")).isEqualTo("联系人：**，电话");
		assertThat(Redaction.redact("我叫司马光，住在竹岛")).isEqualTo("我叫**，住在竹岛");
	}

	@Test
	void keepsFourCharacterPhrasesAndVerbsAfterTheTriggerWords() {
		assertThat(Redaction.redact("市民反映强烈，要求整改")).isEqualTo("市民反映强烈，要求整改");
		assertThat(Redaction.redact("本人家住竹岛，楼下噪音")).isEqualTo("本人家住竹岛，楼下噪音");
		assertThat(Redaction.redact("市民来电，路灯不亮")).isEqualTo("市民来电，路灯不亮");
	}

	@Test
	void removesTheKnownNameEverywhereWithOrWithoutSpaces() {
		assertThat(Redaction.redact("王小明发现垃圾，王 小明再次来电", "王小明")).isEqualTo("**发现垃圾，**再次来电");
		assertThat(Redaction.redact("赵六反映路灯不亮", " 赵 六 ")).isEqualTo("**反映路灯不亮");
	}

	@Test
	void removesALatinKnownNameAsWholeWordsInAnyCase() {
		assertThat(Redaction.redact("LI Lei reported it; Little Lily saw it", "Li Lei")).isEqualTo(
				"** reported it; Little Lily saw it");
		assertThat(Redaction.redact("Li and Little", "Li")).isEqualTo("** and Little");
	}

	@Test
	void aKnownNameShorterThanTheMinimumIsNotRemovedEverywhere() {
		assertThat(Redaction.redact("路边垃圾堆积，路灯不亮", "路")).isEqualTo("路边垃圾堆积，路灯不亮");
		assertThat(Redaction.redact("路边垃圾堆积", null)).isEqualTo("路边垃圾堆积");
		assertThat(Redaction.redact("路边垃圾堆积", " ")).isEqualTo("路边垃圾堆积");
	}

	@Test
	void keepsOrdinaryTextAndNumbers() {
		assertThat(Redaction.redact("海滨北路88号井盖缺失2个")).isEqualTo("海滨北路88号井盖缺失2个");
		assertThat(Redaction.redact(null)).isNull();
	}
}
