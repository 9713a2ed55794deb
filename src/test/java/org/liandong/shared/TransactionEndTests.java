package org.liandong.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class TransactionEndTests {

	@Test
	void outsideATransactionTheActionRunsOnce() {
		AtomicInteger runs = new AtomicInteger();
		TransactionEnd.nowAndWhenEnded(runs::incrementAndGet);
		assertThat(runs).hasValue(1);
	}

	@Test
	void withinATransactionTheActionRunsNowAndAgainWhenItEndsWhateverItsOutcome() {
		for (int outcome : new int[] { TransactionSynchronization.STATUS_COMMITTED,
				TransactionSynchronization.STATUS_ROLLED_BACK }) {
			AtomicInteger runs = new AtomicInteger();
			TransactionSynchronizationManager.initSynchronization();
			try {
				TransactionEnd.nowAndWhenEnded(runs::incrementAndGet);
				assertThat(runs).as("now").hasValue(1);
				TransactionSynchronizationManager.getSynchronizations().forEach(s -> s.afterCompletion(outcome));
				assertThat(runs).as("again at the end, outcome %d", outcome).hasValue(2);
			}
			finally {
				TransactionSynchronizationManager.clearSynchronization();
			}
		}
	}
}
