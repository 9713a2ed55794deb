package org.liandong.triage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When the similarity index works its word weights out again. */
class IdfsTests {

	static final long MINUTE = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

	@Test
	void anEpochLastsUntilTheIndexHasGrownByAHundredthAndAtLeastOneText() {
		Idfs small = new Idfs(3, 50, new double[0], 0);
		assertThat(small.staleAt(50, MINUTE)).as("nothing put since").isFalse();
		assertThat(small.staleAt(51, MINUTE)).as("below a hundred texts, each one").isTrue();
		Idfs large = new Idfs(3, 200_000, new double[0], 0);
		assertThat(large.staleAt(201_999, MINUTE)).isFalse();
		assertThat(large.staleAt(202_000, MINUTE)).isTrue();
	}

	@Test
	void anEpochTenMinutesOldEndsWithTheNextText() {
		Idfs epoch = new Idfs(3, 1_000_000, new double[0], 5 * MINUTE);
		assertThat(epoch.staleAt(1_000_001, 14 * MINUTE)).isFalse();
		assertThat(epoch.staleAt(1_000_001, 15 * MINUTE)).isTrue();
		assertThat(epoch.staleAt(1_000_000, 60 * MINUTE)).as("nothing put since: the weights are the latest")
			.isFalse();
	}

	@Test
	void aWordNotHeldAtTheEpochWeighsAsOneNoTextHeld() {
		Idfs epoch = new Idfs(1, 10, new double[] { 1.5, 2.5 }, 0);
		assertThat(epoch.of(1)).isEqualTo(2.5);
		assertThat(epoch.of(7)).isEqualTo(epoch.unseen()).isEqualTo(SimilarityIndex.idf(0, 10));
	}
}
