package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Work-order numbers come from the sequence in blocks per node, and two nodes never hand out the same one. */
@IntegrationTest
class WorkOrderNumbersIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNodeHandsOutABlockOfConsecutiveNumbersPerSequenceValue() {
		WorkOrderRepository node = new WorkOrderRepository(jdbc);
		long first = node.nextNumber();
		List<Long> block = new ArrayList<>(List.of(first));
		for (int i = 1; i < WorkOrderRepository.NUMBER_BLOCK; i++) {
			block.add(node.nextNumber());
		}
		assertThat(block).containsExactlyElementsOf(
				LongStream.range(first, first + WorkOrderRepository.NUMBER_BLOCK).boxed().toList());
		long sequence = jdbc.sql("SELECT NEXTVAL('wo_number_seq')").query(Long.class).single();
		assertThat(sequence).as("the sequence moved on by whole blocks: the next value is past this block")
			.isGreaterThanOrEqualTo(first + WorkOrderRepository.NUMBER_BLOCK);
		assertThat(node.nextNumber()).as("a new block, after the one the sequence gave away above")
			.isGreaterThanOrEqualTo(sequence + WorkOrderRepository.NUMBER_BLOCK);
	}

	@Test
	void twoNodesTakingNumbersAtOnceNeverHandOutTheSameOne() throws Exception {
		WorkOrderRepository one = new WorkOrderRepository(jdbc);
		WorkOrderRepository other = new WorkOrderRepository(jdbc);
		Set<Long> numbers = ConcurrentHashMap.newKeySet();
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < 6; t++) {
				WorkOrderRepository node = t % 2 == 0 ? one : other;
				done.add(threads.submit(() -> {
					for (int i = 0; i < 50; i++) {
						assertThat(numbers.add(node.nextNumber())).as("handed out once").isTrue();
					}
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(numbers).hasSize(300);
	}
}
