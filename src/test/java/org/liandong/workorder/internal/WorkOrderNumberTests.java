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

	@Test
	void theSequenceValueIsReadBackFromANumberAndNothingElseIsTakenForOne() {
		String prefix = "WH20261128";
		assertThat(NumbersInUse.suffix(prefix + WorkOrderRepository.zeroPadded(33), prefix.length())).isEqualTo(33);
		assertThat(NumbersInUse.suffix(prefix + "1234567", prefix.length())).isEqualTo(1234567);
		assertThat(NumbersInUse.suffix(prefix, prefix.length())).isEqualTo(-1);
		assertThat(NumbersInUse.suffix(prefix + "00012A", prefix.length())).isEqualTo(-1);
		assertThat(NumbersInUse.suffix(prefix + "9".repeat(19), prefix.length())).as("past a long").isEqualTo(-1);
	}
}
