package org.liandong.linkage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An average rating as the statistics page shows it: one decimal, half up, a dash when there is none. */
class WhistleFiguresTests {

	private final WhistleFigures figures = new WhistleFigures();

	@Test
	void anAverageRatingHasOneDecimalRoundedHalfUp() {
		assertThat(figures.rating(4.0)).isEqualTo("4.0");
		assertThat(figures.rating(4.25)).isEqualTo("4.3");
		assertThat(figures.rating(4.3333)).isEqualTo("4.3");
		assertThat(figures.rating(4.6667)).isEqualTo("4.7");
		assertThat(figures.rating(null)).isEqualTo("—");
	}
}
