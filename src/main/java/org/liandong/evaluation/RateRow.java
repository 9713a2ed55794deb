package org.liandong.evaluation;

/**
 * The counters and rates of one group (a unit, district, street, item or period) with the numerators and
 * denominators, so that anyone can recompute the rates; {@code score} is the composite score (0–100), null when no
 * weighted rate has a denominator. Grouped by district or street, the orders with no place are one row with
 * {@code key} null and {@code name} 未定位; grouped by item, those without an item one row with both null.
 */
public record RateRow(String key, String name, long dispatched, long signedOnTime, long responded, long replied,
		long repliedOnTime, long revisits, long resolved, double satisfactionWeighted, long returns, long reopens,
		long overdue, Double avgHandleHours, Rates rates, Double score) {
}
