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
}
