package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TimeLimitTests {

	@Test
	void aLimitIsWrittenAsItemsWriteIt() {
		assertThat(limit("P5D", LimitMode.WORKING_DAYS).durationText()).isEqualTo("P5D");
		assertThat(limit("P15D", LimitMode.WORKING_DAYS).durationText()).isEqualTo("P15D");
		assertThat(limit("P1DT4H", LimitMode.WORKING_DAYS).durationText()).isEqualTo("P1DT4H");
		assertThat(limit("PT24H", LimitMode.NATURAL).durationText()).isEqualTo("PT24H");
		assertThat(limit("PT2H", LimitMode.WORKING_HOURS).durationText()).isEqualTo("PT2H");
		assertThat(limit("PT1M", LimitMode.NATURAL).durationText()).isEqualTo("PT1M");
		// what a limit written this way reads back as is the same limit
		assertThat(Duration.parse(limit("P1DT4H", LimitMode.WORKING_DAYS).durationText()))
			.isEqualTo(Duration.parse("P1DT4H"));
	}

	private static TimeLimit limit(String duration, LimitMode mode) {
		return new TimeLimit(Duration.parse(duration), mode);
	}
}
