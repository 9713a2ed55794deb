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
 */
@ConfigurationProperties("liandong.triage")
record TriageProperties(@DefaultValue("") String trainingCsv, @DefaultValue("text") String textColumn,
		@DefaultValue("一级标签") String labelColumn, @DefaultValue("PT1M") Duration refreshInterval,
		@DefaultValue("0.05") double minItemSimilarity, @DefaultValue("true") boolean demoGrids,
		@DefaultValue("6") int gridResolution) {
}
