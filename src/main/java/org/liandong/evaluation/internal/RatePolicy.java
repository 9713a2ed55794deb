package org.liandong.evaluation.internal;

import org.liandong.evaluation.RateRow;
import org.liandong.evaluation.Rates;
import org.springframework.stereotype.Component;

/**
 * The one definition of the rates and the composite score (docs/evaluation.md), from counters and the configured
 * weights. Rates are fractions rounded to 4 decimals; the score is 0–100 rounded to 2, the weighted mean of the
 * rates that have a denominator (weights renormalised over those).
 */
@Component
class RatePolicy {

	private final EvaluationProperties.SatisfactionWeights satisfaction;
	private final EvaluationProperties.ScoreWeights weights;

	RatePolicy(EvaluationProperties properties) {
		this.satisfaction = properties.satisfaction();
		this.weights = properties.score();
	}

	double satisfactionWeighted(Tally t) {
		return round(t.satisfied() * satisfaction.satisfied()
				+ t.basicallySatisfied() * satisfaction.basicallySatisfied()
				+ t.dissatisfied() * satisfaction.dissatisfied(), 4);
	}

	RateRow row(String key, String name, Tally t) {
		double weighted = satisfactionWeighted(t);
		Rates rates = new Rates(ratio(t.signedOnTime(), t.dispatched()), ratio(t.responded(), t.dispatched()),
				ratio(t.repliedOnTime(), t.replied()), ratio(t.resolved(), t.revisits()),
				ratio(weighted, t.revisits()), ratio(t.returns(), t.dispatched()), ratio(t.reopens(), t.replied()));
		Double avgHours = t.replied() == 0 ? null : round(t.handleSeconds() / 3600.0 / t.replied(), 2);
		return new RateRow(key, name, t.dispatched(), t.signedOnTime(), t.responded(), t.replied(),
				t.repliedOnTime(), t.revisits(), t.resolved(), weighted, t.returns(), t.reopens(), t.overdue(),
				avgHours, rates, score(rates));
	}

	Double score(Rates r) {
		double sum = 0;
		double total = 0;
		double[][] parts = { { weights.response(), nz(r.response()) }, { weights.resolution(), nz(r.resolution()) },
				{ weights.satisfaction(), nz(r.satisfaction()) }, { weights.sign(), nz(r.sign()) },
				{ weights.onTime(), nz(r.onTime()) } };
		for (double[] p : parts) {
			if (p[0] > 0 && !Double.isNaN(p[1])) {
				sum += p[0] * p[1];
				total += p[0];
			}
		}
		return total == 0 ? null : round(100 * sum / total, 2);
	}

	private static double nz(Double v) {
		return v == null ? Double.NaN : v;
	}

	private static Double ratio(double num, long den) {
		return den == 0 ? null : round(num / den, 4);
	}

	static double round(double v, int places) {
		double f = Math.pow(10, places);
		return Math.round(v * f) / f;
	}
}
