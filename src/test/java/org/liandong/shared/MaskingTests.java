package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTests {

	@Test
	void aCitizensMessageKeepsItsOrderNumberAndLosesItsQueryCode() {
		assertThat(Masking.citizenMessage("【12345】您的诉求已受理，工单号 WH20261129000039，查询码 041960。查询进度："
				+ "https://12345.example/portal/track?number=WH20261129000039&code=041960"))
			.isEqualTo("【12345】您的诉求已受理，工单号 WH20261129000039，查询码 ******。查询进度："
					+ "https://12345.example/portal/track?number=WH20261129000039&code=******");
		assertThat(Masking.citizenMessage("查询码：1234")).isEqualTo("查询码：****");
		assertThat(Masking.citizenMessage("工单 WH20261129000039 已办结")).isEqualTo("工单 WH20261129000039 已办结");
		assertThat(Masking.citizenMessage(null)).isNull();
	}

	@Test
	void phonesAndNamesKeepTheirEnds() {
		assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
		assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧***");
	}

	/**
	 * The personal data a message quotes and a revisit link's signature stay out of the log (regression check,
	 * 2026-11-29: a unit's result naming the citizen and their number was logged with the closing message).
	 */
	@Test
	void aLoggedMessageHoldsNeitherPersonalDataNorARevisitLinksSignature() {
		String result = "【12345】您的诉求（工单号 WH20261129000022）已办结：已联系市民孙悟空，电话137-0000-1111，问题已解决。";
		assertThat(Masking.citizenMessage(result, "13700001111")).contains("WH20261129000022", "已办结")
			.doesNotContain("孙悟空")
			.doesNotContain("1111");
		assertThat(Masking.citizenMessage("请点击 http://x/portal/revisit/0b6f3d2e-1c4a.0.tqsl4z.-l4Yku8qbm4COZxHUWyieg 评价",
				"13700001111"))
			.contains("/portal/revisit/0b6f3d2e-1c4a.0.tqsl4z.**********************")
			.doesNotContain("l4Yku8");
		// an order's id in a link is no phone number (a regression check saw 4c82d8013043 cut to 4c82d[电话已隐去])
		assertThat(Masking.citizenMessage("评价：http://x/portal/revisit/8272c318-699e-4ef6-801e-4c82d8013043.0.tqsndh."
				+ "-l4Yku8qbm4COZxHUWyieg，电话13700001111", "13700001111"))
			.contains("8272c318-699e-4ef6-801e-4c82d8013043.0.tqsndh.*")
			.endsWith("电话[电话已隐去]")
			.doesNotContain("l4Yku8");
	}
}
