package org.liandong.evaluation;

/**
 * The rates of docs/evaluation.md as fractions between 0 and 1, each null when its denominator is zero:
 * {@code sign} 签收及时率, {@code response} 响应率, {@code onTime} 按期办结率, {@code resolution} 解决率,
 * {@code satisfaction} 满意率, {@code returnRate} 退单率, {@code reopenRate} 重办率.
 */
public record Rates(Double sign, Double response, Double onTime, Double resolution, Double satisfaction,
		Double returnRate, Double reopenRate) {
}
