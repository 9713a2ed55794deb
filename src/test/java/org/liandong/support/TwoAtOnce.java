package org.liandong.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One event's delivery twice at once, as the outbox can run it (a delivery taken for lost while it still runs,
 * docs/adr/0012): the first is held open until the second has begun, and 300 ms longer. The second then meets what
 * the first holds (it waits for a lock, or finds the first's rows once they are committed), or, where nothing is
 * held, acts beside the first on what both read before either committed.
 */
public final class TwoAtOnce {

	private TwoAtOnce() {
	}

	/** Runs the delivery twice so, each time in a transaction of its own on a thread of its own. */
	public static void run(TransactionTemplate transactions, Runnable delivery) throws Exception {
		results(transactions, () -> {
			delivery.run();
			return true;
		});
	}

	/** As {@link #run}; what each delivery returned, the first's first. */
	public static <T> List<T> results(TransactionTemplate transactions, Supplier<T> delivery) throws Exception {
		CountDownLatch firstDone = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<T> first = threads.submit(() -> transactions.execute(tx -> {
				T result = delivery.get();
				firstDone.countDown();
				await(secondStarted);
				sleep(300);
				return result;
			}));
			await(firstDone);
			Future<T> second = threads.submit(() -> transactions.execute(tx -> {
				secondStarted.countDown();
				return delivery.get();
			}));
			return Arrays.asList(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
