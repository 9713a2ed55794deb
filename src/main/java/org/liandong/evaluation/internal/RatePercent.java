package org.liandong.evaluation.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.springframework.stereotype.Component;

/**
 * The one way a rate is shown as text (docs/evaluation.md): a percent with one decimal, rounded half up on the
 * decimal value ({@code 0.8125} → {@code 81.3%}), {@code —} when the rate has no denominator. The reports call
 * {@link #text}; templates call it as {@code ${@ratePercent.text(rate)}}, so a page cannot round differently (the
 * Thymeleaf {@code #numbers.formatPercent} rounds half even: 81.2%).
 */
@Component("ratePercent")
final class RatePercent {

	/** What stands for a rate without a denominator. */
	static final String NONE = "—";

	/** The rate (a fraction, at most 4 decimals as {@link RatePolicy} gives it) as percent text. */
	public static String text(Double rate) {
		if (rate == null || rate.isNaN() || rate.isInfinite()) {
			return NONE;
		}
		// BigDecimal.valueOf takes the shortest decimal of the double (0.8125, not its binary neighbour).
		return BigDecimal.valueOf(rate).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}
}
