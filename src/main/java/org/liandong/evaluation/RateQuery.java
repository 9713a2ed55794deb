package org.liandong.evaluation;

import java.time.LocalDate;

/**
 * Which rates to compute: city dates {@code from} (inclusive) to {@code to} (exclusive); optionally only orders placed
 * in {@code regionCode} (and below; the root region, the city, also has the orders with no place) and only acts of
 * {@code unitCode} and the units below it.
 */
public record RateQuery(LocalDate from, LocalDate to, String regionCode, String unitCode, RateDimension dimension) {
}
