package org.liandong.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Connections of the pool held by threads of the test, each in an open transaction: with all of them held, the
 * platform meets what it meets when its database is out of reach (no connection within the pool's time-out).
 */
public final class HeldConnections {

	private HeldConnections() {
	}

	/** What runs while the connections are held. */
	public interface Step {

		void run() throws Exception;
	}

	/** Runs the step while other threads hold as many of the pool's connections, each in an open transaction. */
	public static void holding(TransactionTemplate transaction, JdbcClient jdbc, int connections, Step step)
			throws Exception {
		CountDownLatch held = new CountDownLatch(connections);
		CountDownLatch done = new CountDownLatch(1);
		List<Thread> holders = new ArrayList<>();
		for (int i = 1; i <= connections; i++) {
			Thread holder = new Thread(() -> transaction.executeWithoutResult(tx -> {
				jdbc.sql("SELECT 1").query(Integer.class).single();
				held.countDown();
				try {
					done.await();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}), "holds-a-connection-" + i);
			holder.start();
			holders.add(holder);
		}
		try {
			assertThat(held.await(30, TimeUnit.SECONDS)).as("the holders got their connections").isTrue();
			step.run();
		}
		finally {
			done.countDown();
			for (Thread holder : holders) {
				holder.join();
			}
		}
	}
}
