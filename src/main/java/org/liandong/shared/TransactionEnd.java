package org.liandong.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** For in-memory state derived from the database: forget it now, and again when the current transaction ends. */
public final class TransactionEnd {

	private TransactionEnd() {
	}

	/**
	 * Runs {@code action} now and, within a transaction, once more when it has ended (committed or rolled back), when
	 * its changes have become visible to the next read, or have been undone.
	 */
	public static void nowAndWhenEnded(Runnable action) {
		action.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					action.run();
				}
			});
		}
	}
}
