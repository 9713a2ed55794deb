package org.liandong.evaluation;

import java.util.List;

/**
 * The evaluation module's API: the rates of docs/evaluation.md from the read models, the one definition used by
 * pages, exports and the REST API.
 */
public interface Evaluation {

	/**
	 * Rates grouped by the query's dimension, by score descending (no score last). With {@link RateDimension#UNIT}
	 * and a {@code unitCode}, one row for that unit and everything below it.
	 */
	List<RateRow> rates(RateQuery query);
}
