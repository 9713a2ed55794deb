package org.liandong.triage.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code liandong.triage.*}.
 *
 * @param trainingCsv a labelled CSV (e.g. historical orders) to train the first model from when the database has
 *        none; empty: the first model learns from the responsibility list only
 * @param textColumn the CSV's text column ({@code 留言主题} + {@code 留言详情} when absent)
 * @param labelColumn the CSV's domain column
 * @param refreshInterval how often a node looks for a newer model version in the database
 * @param minItemSimilarity below this similarity an item is not suggested
 * @param demoGrids whether to generate the demo grids (H3 cells over the district boundaries) when
 *        {@code tr_grid} is empty at start
 * @param gridResolution the H3 resolution of the demo grids (6: cells of about 36 km²)
 * @param historyWeight how much the votes of the nearest closed orders add to an item's score
 * @param retrainCron when to retrain the domain model from the CSV plus the closed orders (Spring cron);
 *        {@code -} (the default) never
 * @param autoDispatch automatic dispatch of confident suggestions on intake
 * @param neighbourhoodRetention how far back (before the newest order) the duplicate check's neighbourhood search
 *        is answered from memory, where it scores every order of the street or radius; a duplicate window reaching
 *        further back is searched in the text index instead
 * @param placeAliases other names people say for regions (CSV: code, alias; a Spring resource location), read by
 *        the gazetteer beside every region's full and short name
 * @param evaluationFolds the folds of the cross-validation that judges each model trained with a corpus (its
 *        figures kept with the model); below 2, none
 */
@ConfigurationProperties("liandong.triage")
record TriageProperties(@DefaultValue("") String trainingCsv, @DefaultValue("text") String textColumn,
		@DefaultValue("一级标签") String labelColumn, @DefaultValue("PT1M") Duration refreshInterval,
		@DefaultValue("0.05") double minItemSimilarity, @DefaultValue("true") boolean demoGrids,
		@DefaultValue("6") int gridResolution, @DefaultValue("0.5") double historyWeight,
		@DefaultValue("-") String retrainCron, @DefaultValue AutoDispatch autoDispatch,
		@DefaultValue("P15D") Duration neighbourhoodRetention,
		@DefaultValue("classpath:data/weihai/place-aliases.csv") String placeAliases,
		@DefaultValue("5") int evaluationFolds) {

	/**
	 * {@code liandong.triage.auto-dispatch.*}.
	 *
	 * @param enabled whether orders taken in without a lead unit are dispatched when the suggestion is confident
	 * @param threshold the confidence above which a suggestion is dispatched
	 */
	record AutoDispatch(@DefaultValue("false") boolean enabled, @DefaultValue("0.8") double threshold) {
	}
}
