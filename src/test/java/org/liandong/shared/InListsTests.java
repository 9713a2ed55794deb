package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class InListsTests {

	@Test
	void splitsIntoConsecutivePartsOfAtMostTheSizeAndNoneForNothing() {
		List<Integer> ids = IntStream.range(0, 2 * InLists.SIZE + 7).boxed().toList();
		List<List<Integer>> parts = InLists.of(ids);
		assertThat(parts).extracting(List::size).containsExactly(InLists.SIZE, InLists.SIZE, 7);
		assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(ids);
		assertThat(InLists.of(ids.subList(0, InLists.SIZE))).hasSize(1);
		assertThat(InLists.of(List.of())).isEmpty();
	}

	@Test
	void padsToTheNextPowerOfTwoWithTheLastValueSoThatLengthsShareAFewShapes() {
		assertThat(InLists.padded(List.of())).isEmpty();
		assertThat(InLists.padded(List.of("a"))).containsExactly("a");
		assertThat(InLists.padded(List.of("a", "b", "c"))).containsExactly("a", "b", "c", "c");
		assertThat(InLists.padded(List.of(1, 2, 3, 4, 5))).containsExactly(1, 2, 3, 4, 5, 5, 5, 5);
		List<Integer> eight = IntStream.range(0, 8).boxed().toList();
		assertThat(InLists.padded(eight)).isSameAs(eight);
		// every length up to a part's size takes one of ten shapes
		assertThat(IntStream.rangeClosed(1, InLists.SIZE)
			.map(n -> InLists.padded(IntStream.range(0, n).boxed().toList()).size())
			.distinct()
			.toArray()).containsExactly(1, 2, 4, 8, 16, 32, 64, 128, 256, 512);
	}
}
