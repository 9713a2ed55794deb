package org.liandong.evaluation;

/**
 * The counters and rates of one group (a unit, district, street, item or period) with the numerators and
 * denominators, so that anyone can recompute the rates; {@code score} is the composite score (0–100), null when no
 * weighted rate has a denominator.
 */
public record RateRow(String key, String name, long dispatched, long signedOnTime, long responded, long replied,
		long repliedOnTime, long revisits, long resolved, double satisfactionWeighted, long returns, long reopens,
		long overdue, Double avgHandleHours, Rates rates, Double score) {
}
