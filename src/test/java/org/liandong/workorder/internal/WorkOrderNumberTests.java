package org.liandong.workorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class WorkOrderNumberTests {

	@Test
	void theSuffixIsTheSequenceValueZeroPaddedToSixDigits() {
		assertThat(WorkOrderRepository.zeroPadded(1)).isEqualTo("000001");
		assertThat(WorkOrderRepository.zeroPadded(123456)).isEqualTo("123456");
		assertThat(WorkOrderRepository.zeroPadded(1234567)).isEqualTo("1234567");
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int i = 0; i < 10_000; i++) {
			long n = (long) Math.pow(10, random.nextInt(12)) + random.nextInt(1000);
			assertThat(WorkOrderRepository.zeroPadded(n)).as("seed %d, n %d", seed, n).isEqualTo(String.format("%06d", n));
		}
	}
}
