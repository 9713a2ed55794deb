package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** A value is read once while it is kept, again after it was forgotten, and always when nothing is kept. */
class RecentReadsTests {

	@Test
	void keptValuesAreNotReadAgainUntilForgotten() {
		AtomicInteger reads = new AtomicInteger();
		RecentReads<String, String> recent = new RecentReads<>(Duration.ofHours(1), 100);
		assertThat(recent.get("a", k -> k + reads.incrementAndGet())).isEqualTo("a1");
		assertThat(recent.get("a", k -> k + reads.incrementAndGet())).as("kept").isEqualTo("a1");
		assertThat(recent.get("b", k -> k + reads.incrementAndGet())).isEqualTo("b2");
		recent.forgetAll();
		assertThat(recent.get("a", k -> k + reads.incrementAndGet())).as("forgotten: read again").isEqualTo("a3");
	}

	@Test
	void nothingIsKeptForNoTimeAndACrowdOfKeysStartsAgain() {
		AtomicInteger reads = new AtomicInteger();
		RecentReads<String, Integer> none = new RecentReads<>(Duration.ZERO, 100);
		none.get("a", k -> reads.incrementAndGet());
		none.get("a", k -> reads.incrementAndGet());
		assertThat(reads).hasValue(2);

		RecentReads<String, Integer> small = new RecentReads<>(Duration.ofHours(1), 2);
		small.get("a", k -> 1);
		small.get("b", k -> 2);
		small.get("c", k -> 3); // the third key: the two before it are dropped
		assertThat(small.get("a", k -> 10)).isEqualTo(10);
		assertThat(small.get("c", k -> 30)).as("the newest stays").isEqualTo(3);
	}
}
