package org.liandong.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.liandong.triage.internal.NeighbourhoodScores;
import org.liandong.triage.internal.model.LabelledCsv;
import org.liandong.triage.internal.model.TeddyData;

/**
 * The duplicate check reads only the candidates whose word score reaches {@link DuplicateFinder#WORDS_FLOOR} of the
 * minimum score: on real messages (the Teddy Cup split, cut to a hotline summary's length), no pair whose character
 * bigrams pass the minimum score falls below that floor, while the floor leaves out nearly every pair that merely
 * shares a word.
 */
class WordsFloorDataTests {

	@Test
	void noPairWhoseBigramsPassHasWordsBelowTheFloor() throws Exception {
		double minScore = 0.35; // the default of liandong.intake.duplicates.min-score
		double floor = DuplicateFinder.WORDS_FLOOR * minScore;
		List<String> texts = new ArrayList<>();
		for (var example : LabelledCsv.read(TeddyData.trainCsv(), "text", "一级标签")) {
			String text = example.text().replaceAll("\\s+", "");
			texts.add(text.length() > 80 ? text.substring(0, 80) : text);
			if (texts.size() == 3000) {
				break;
			}
		}
		NeighbourhoodScores index = new NeighbourhoodScores();
		List<TextSimilarity.Grams> grams = new ArrayList<>();
		for (int i = 0; i < texts.size(); i++) {
			index.put("t" + i, texts.get(i));
			grams.add(TextSimilarity.Grams.of(texts.get(i)));
		}
		Random random = new Random(42);
		int sharingAWord = 0;
		int aboveTheFloor = 0;
		int passing = 0;
		for (int q = 0; q < 600; q++) {
			int i = random.nextInt(texts.size());
			Map<String, Double> words = index.scores(texts.get(i));
			for (int j = 0; j < texts.size(); j++) {
				if (j == i) {
					continue;
				}
				double score = words.getOrDefault("t" + j, 0.0);
				sharingAWord += score > 0 ? 1 : 0;
				aboveTheFloor += score >= floor ? 1 : 0;
				if (grams.get(i).jaccard(grams.get(j)) >= minScore) {
					passing++;
					assertThat(score).as("words of a pair whose bigrams pass: %s | %s", texts.get(i), texts.get(j))
						.isGreaterThanOrEqualTo(floor);
				}
			}
		}
		System.out.printf("duplicate floor %.3f: %d pairs share a word, %d reach the floor, %d pass by bigrams%n", floor,
				sharingAWord, aboveTheFloor, passing);
		assertThat(passing).as("pairs whose bigrams pass").isPositive();
		assertThat(aboveTheFloor).as("pairs read, of %d sharing a word", sharingAWord)
			.isLessThan(sharingAWord / 100);
	}
}
