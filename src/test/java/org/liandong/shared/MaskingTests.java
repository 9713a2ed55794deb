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
}
