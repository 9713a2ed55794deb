package org.liandong.linkage.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The linkage statistics' figures as the pages show them ({@code ${@whistleFigures.rating(x)}}): an average rating
 * (1–5) with one decimal, rounded half up as the rates are ({@code 4.25} → {@code 4.3}), {@code —} when the unit was
 * never rated. The rates themselves are percents, shown by {@code ${@ratePercent.text(rate)}} as everywhere else.
 */
@Component("whistleFigures")
public class WhistleFigures {

	/** What stands for a figure that has no value. */
	static final String NONE = "—";

	public String rating(Double average) {
		if (average == null || average.isNaN() || average.isInfinite()) {
			return NONE;
		}
		return BigDecimal.valueOf(average).setScale(1, RoundingMode.HALF_UP).toPlainString();
	}
}
