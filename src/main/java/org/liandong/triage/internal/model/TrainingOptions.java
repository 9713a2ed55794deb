package org.liandong.triage.internal.model;

/**
 * How a domain model is trained: the feature mix and the linear SVM's regularisation. The defaults are the ones
 * chosen by 5-fold cross-validation on the Teddy Cup 2020 training split (docs/triage.md).
 *
 * @param minGram shortest character n-gram
 * @param maxGram longest character n-gram
 * @param wordBigrams whether adjacent smartcn word pairs are features
 * @param minDf minimum number of training documents a term must occur in
 * @param wordWeight weight of the word block
 * @param bigramWeight weight of the word-pair block
 * @param charWeight weight of the character n-gram block
 * @param c cost of the L2-regularised L2-loss linear SVM
 * @param temperature scale of decision values before the softmax that turns them into probabilities
 * @param balanced whether classes are weighted inversely to their frequency
 */
public record TrainingOptions(int minGram, int maxGram, boolean wordBigrams, int minDf, double wordWeight,
		double bigramWeight, double charWeight, double c, double temperature, boolean balanced) {

	public static TrainingOptions defaults() {
		return new TrainingOptions(1, 3, true, 2, 1.0, 0.5, 1.0, 2.0, 5, true);
	}

	TextFeatures features() {
		return new TextFeatures(minGram, maxGram, wordBigrams);
	}

	double[] kindWeights() {
		return new double[] { 0, wordWeight, wordBigrams ? bigramWeight : 0.0, charWeight };
	}
}
