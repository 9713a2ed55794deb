package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
	void removesIntroducedNamesFollowedByABracketOrAnExclamationMark() {
		assertThat(Redaction.redact("市民张伟（电话略）反映 垃圾堆积")).isEqualTo("市民**（电话略）反映 垃圾堆积");
		assertThat(Redaction.redact("市民张伟(男)说")).isEqualTo("市民**(男)说");
		assertThat(Redaction.redact("联系人：李小明（业主）")).isEqualTo("联系人：**（业主）");
		assertThat(Redaction.redact("我是刘洋!")).isEqualTo("我是**!");
		assertThat(Redaction.redact("我叫欧阳娜娜（住户）")).isEqualTo("我叫**（住户）");
		assertThat(Redaction.redact("市民张伟，反映")).isEqualTo("市民**，反映");
	}

	@Test
	void removesIntroducedNamesBeforeEveryClosingPunctuationOrBracket() {
		for (String after : List.of("（", "）", "(", ")", "【", "】", "[", "]", "「", "」", "!", "！", "?", "？", "、", ",",
				"，", ".", "。", ";", "；", ":", "：", " ", "\u3000", "\t", "~", "")) {
			assertThat(Redaction.redact("联系人张伟" + after)).as(after).isEqualTo("联系人**" + after);
			assertThat(Redaction.redact("我是欧阳娜娜" + after)).as(after).isEqualTo("我是**" + after);
		}
		assertThat(Redaction.redact("（市民王小明）")).isEqualTo("（市民**）");
		assertThat(Redaction.redact("【姓名：赵六】")).isEqualTo("【姓名：**】");
		assertThat(Redaction.redact("市民张伟说路灯坏了")).isEqualTo("市民**说路灯坏了");
	}

	@Test
	void theUnitsReplyInStatusNotesLosesTheNameAsWellAsThePhone() {
		assertThat(Redaction.redact("已联系市民张伟（电话13812345678，已告知）清理完毕"))
			.isEqualTo("已联系市民**（电话[电话已隐去]，已告知）清理完毕");
	}

	@Test
	void keepsFourCharacterPhrasesAndVerbsAfterTheTriggerWords() {
		assertThat(Redaction.redact("市民反映强烈，要求整改")).isEqualTo("市民反映强烈，要求整改");
		assertThat(Redaction.redact("本人家住竹岛，楼下噪音")).isEqualTo("本人家住竹岛，楼下噪音");
		assertThat(Redaction.redact("市民来电，路灯不亮")).isEqualTo("市民来电，路灯不亮");
	}

	@Test
	void keepsOrdinaryWordsAfterTheTriggerWordsBeforeABracket() {
		assertThat(Redaction.redact("我是业主（3号楼），楼下噪音")).isEqualTo("我是业主（3号楼），楼下噪音");
		assertThat(Redaction.redact("市民群众（约20人）聚集")).isEqualTo("市民群众（约20人）聚集");
		assertThat(Redaction.redact("市民中心（北门）停车难")).isEqualTo("市民中心（北门）停车难");
		assertThat(Redaction.redact("本人今年65岁，腿脚不便")).isEqualTo("本人今年65岁，腿脚不便");
		assertThat(Redaction.redact("本人多次（三次）来电")).isEqualTo("本人多次（三次）来电");
		assertThat(Redaction.redact("姓名不详（匿名）")).isEqualTo("姓名不详（匿名）");
		assertThat(Redaction.redact("我叫于洋（住户）")).isEqualTo("我叫**（住户）");
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
	void removesALatinKnownNameInEitherOrder() {
		// an Open311 post stores last_name + first_name without a space
		assertThat(Redaction.redact("Reported by John Smith (Smith John)", "SmithJohn"))
			.isEqualTo("Reported by ** (**)");
		assertThat(Redaction.redact("Reported by john SMITH, or Smith, John; JohnSmith", "SmithJohn"))
			.isEqualTo("Reported by **, or **; **");
		assertThat(Redaction.redact("Mary Ann Smith and Smith Mary Ann", "Smith Mary Ann"))
			.isEqualTo("** and **");
		assertThat(Redaction.redact("Lei Li and LI LEI", "Li Lei")).isEqualTo("** and **");
		assertThat(Redaction.redact("Johnny Smithers is a neighbour", "SmithJohn"))
			.isEqualTo("Johnny Smithers is a neighbour");
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
