package org.liandong.evaluation;

/** One unit's rates in the shape of CONTRACT §8 ({@code GET /api/v1/evaluation/units}). */
public record UnitRates(String unitCode, String unitName, long dispatched, long signedOnTime, long responded,
		long replied, long repliedOnTime, long revisits, long resolved, double satisfactionWeighted, long returns,
		long reopens, long overdue, Double avgHandleHours, Rates rates, Double score) {

	public static UnitRates of(RateRow r) {
		return new UnitRates(r.key(), r.name(), r.dispatched(), r.signedOnTime(), r.responded(), r.replied(),
				r.repliedOnTime(), r.revisits(), r.resolved(), r.satisfactionWeighted(), r.returns(), r.reopens(),
				r.overdue(), r.avgHandleHours(), r.rates(), r.score());
	}
}
