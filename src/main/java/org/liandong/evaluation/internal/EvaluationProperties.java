package org.liandong.evaluation.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * {@code liandong.evaluation.*}: satisfaction weights, composite score weights, ranking class rules and the reply
 * quality threshold, asynchronous report exports. Every key has a default (docs/evaluation.md), so nothing is needed in {@code application.yml}.
 */
@Validated
@ConfigurationProperties("liandong.evaluation")
record EvaluationProperties(@Valid @DefaultValue SatisfactionWeights satisfaction,
		@Valid @DefaultValue ScoreWeights score, @Valid @DefaultValue RankingRules ranking,
		@Valid @DefaultValue ReplyQualityRules replyQuality, @Valid @DefaultValue Export export) {

	/** Weight of each satisfaction answer in the weighted satisfaction (满意 1, 基本满意 0.8, 不满意 0). */
	record SatisfactionWeights(@DecimalMin("0") @DecimalMax("1") @DefaultValue("1.0") double satisfied,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.8") double basicallySatisfied,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.0") double dissatisfied) {
	}

	/** Weights of the composite score (a published county weighting: 30 % response, 35 % resolution, 35 %). */
	record ScoreWeights(@DecimalMin("0") @DefaultValue("0.30") double response,
			@DecimalMin("0") @DefaultValue("0.35") double resolution,
			@DecimalMin("0") @DefaultValue("0.35") double satisfaction, @DecimalMin("0") @DefaultValue("0") double sign,
			@DecimalMin("0") @DefaultValue("0") double onTime) {
	}

	/**
	 * Monthly classes: 先进 for the best {@code advancedShare} of ranked entries with a score of at least
	 * {@code advancedMinScore}; 进步 for a gain of at least {@code improvedMinGain} points over the previous month;
	 * 整改 for the worst {@code rectifyShare} or a score under {@code rectifyBelowScore}; 治理 for 整改 in
	 * {@code governAfterMonths} consecutive months. Entries with fewer than {@code minDispatched} dispatched orders
	 * are listed but not ranked.
	 */
	record RankingRules(@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1") double advancedShare,
			@DefaultValue("90") double advancedMinScore, @DefaultValue("5") double improvedMinGain,
			@DecimalMin("0") @DecimalMax("1") @DefaultValue("0.1") double rectifyShare,
			@DefaultValue("70") double rectifyBelowScore, @Min(2) @DefaultValue("2") int governAfterMonths,
			@Min(0) @DefaultValue("5") int minDispatched) {
	}

	/** Replies scoring below {@code flagBelow} (0–100) are flagged to supervisors before the revisit. */
	record ReplyQualityRules(@DefaultValue("true") boolean enabled, @DefaultValue("60") double flagBelow) {
	}

	/**
	 * Asynchronous report exports: {@code workers} build at the same time (the others wait, QUEUED); a finished job
	 * and its file are kept for {@code keep}, then deleted (checked every {@code purge-interval}, default 10 minutes).
	 */
	record Export(@Min(1) @DefaultValue("1") int workers, @DefaultValue("PT24H") java.time.Duration keep) {
	}
}
