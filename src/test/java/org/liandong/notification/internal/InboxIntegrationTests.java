package org.liandong.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.liandong.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event delivered to the inbox twice, one after the other or both at once (the outbox may deliver twice: at a
 * restart, a retry while the first delivery still runs), leaves one notification per recipient, and neither delivery
 * fails (a failed one would be retried, its error logged, for nothing).
 */
@IntegrationTest
class InboxIntegrationTests {

	@Autowired
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theSameEventDeliveredAgainAddsNothing() {
		String key = "test-" + UUID.randomUUID();
		assertThat(deliver(key)).isEqualTo(2);
		assertThat(deliver(key)).isZero();
		assertThat(rows(key)).isEqualTo(2);
	}

	@Test
	void twoDeliveriesAtOnceLeaveOneNotificationPerRecipientAndBothSucceed() throws Exception {
		String key = "test-" + UUID.randomUUID();
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// the first delivery's transaction stays open until the second has begun its own inserts
			Future<Integer> first = threads.submit(() -> transactions.execute(tx -> {
				int n = deliver(key);
				firstInserted.countDown();
				await(secondStarted);
				sleep(300); // the second now waits on the first's rows (PostgreSQL), or finds them once committed
				return n;
			}));
			await(firstInserted);
			Future<Integer> second = threads.submit(() -> transactions.execute(tx -> {
				secondStarted.countDown();
				return deliver(key);
			}));
			assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS)).isEqualTo(2);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(rows(key)).isEqualTo(2);
	}

	int deliver(String key) {
		return inbox.deliver(List.of("dispatcher1", "supervisor1"), key, NotificationKind.URGED, null, null,
				List.of("WH-TEST"), "/work-orders");
	}

	long rows(String key) {
		return jdbc.sql("SELECT COUNT(*) FROM nt_notification WHERE event_key = :k").param("k", key)
			.query(Long.class).single();
	}

	static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
