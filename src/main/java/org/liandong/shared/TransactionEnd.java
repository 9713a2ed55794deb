package org.liandong.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What to do when the current transaction ends: after its commit only, or (for in-memory state derived from the
 * database) now and again when it has ended.
 */
public final class TransactionEnd {

	private TransactionEnd() {
	}

	/** Runs {@code action} once the current transaction commits (never if it rolls back), or at once outside one. */
	public static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
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
