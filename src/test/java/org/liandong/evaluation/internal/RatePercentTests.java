package org.liandong.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatePercentTests {

	@Test
	void aRateIsAPercentWithOneDecimalRoundedHalfUp() {
		assertThat(RatePercent.text(0.8125)).isEqualTo("81.3%");
		assertThat(RatePercent.text(0.8135)).isEqualTo("81.4%");
		assertThat(RatePercent.text(0.8124)).isEqualTo("81.2%");
		// 0.0285 is just under 0.0285 in binary; the rate's decimal value decides, not its binary neighbour.
		assertThat(RatePercent.text(0.0285)).isEqualTo("2.9%");
	}

	@Test
	void theEndsAndARateWithoutDenominatorAreShownPlainly() {
		assertThat(RatePercent.text(0.0)).isEqualTo("0.0%");
		assertThat(RatePercent.text(1.0)).isEqualTo("100.0%");
		assertThat(RatePercent.text(null)).isEqualTo("—");
	}
}
