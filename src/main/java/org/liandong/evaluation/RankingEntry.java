package org.liandong.evaluation;

/**
 * One line of a monthly ranking: {@code rank} from 1 (null when the entry had too few orders to be ranked, and for
 * the entry of a street ranking that gathers the orders with no place, listed last: {@code key} null, {@code name}
 * 未定位), the month's rates, the previous month's score and the class (null for none). No personal data.
 */
public record RankingEntry(Integer rank, String key, String name, RateRow rates, Double previousScore,
		RankingClass rankingClass) {
}
