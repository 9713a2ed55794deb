package org.liandong.workorder.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.liandong.workorder.WorkOrders;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The orders this node took in during the last half minute, as taken in, for the listeners of their intake (the
 * duplicate check, the receipt SMS, the similarity index), which otherwise each read the order back from the
 * database moments after it was written: three reads and a transaction per intake. An order is kept once its
 * transaction has committed (a rolled-back intake is never seen), before the intake's listeners are started, and
 * for at most {@link #KEEP}, the newest within {@link #MAX_BYTES} of memory: the listeners normally start within
 * milliseconds, and a backlog older than that reads the orders as before. The bound is of memory, not of orders, so
 * that it holds whatever the texts' length and does not cut the half minute short at a busy hour: an order of a
 * hundred characters weighs about a kilobyte ({@link #weight}), so 64 MB hold the half minute up to some 2,000
 * intakes a second, while orders whose texts are all the longest allowed (10 KB each: 4,000 characters of content,
 * 200 of title, 500 of address) are held for their newest 6,700. (The bound of 10,000 orders before was reached
 * within the benchmark's minute at 1,150 intakes a second, when the listeners fell ten seconds behind: the duplicate
 * check and the index then read six orders in ten back.) In memory only: the caller's phone is held there as it is
 * in the request's own objects, never logged.
 */
@Component
class JustTakenIn {

	static final Duration KEEP = Duration.ofSeconds(30);

	static final long MAX_BYTES = 64L << 20;

	/** What an order held here costs besides its texts: its objects, their fields and short strings, the map's node. */
	private static final int FIXED_BYTES = 600;

	private record Kept(WorkOrders.TakenIn order, long keptAt, long weight) {
	}

	private final Map<String, Kept> orders = new ConcurrentHashMap<>();

	/** Ids in the order they were kept, for dropping the oldest. */
	private final ConcurrentLinkedQueue<String> arrival = new ConcurrentLinkedQueue<>();

	private final long keepNanos;

	private final long maxBytes;

	/** The weight of the orders held. */
	private final AtomicLong bytes = new AtomicLong();

	JustTakenIn() {
		this(KEEP, MAX_BYTES);
	}

	JustTakenIn(Duration keep, long maxBytes) {
		this.keepNanos = keep.toNanos();
		this.maxBytes = maxBytes;
	}

	/**
	 * The memory an order held here takes, about: its texts at two bytes a character (as Chinese text is held) and a
	 * fixed part for the rest.
	 */
	static long weight(WorkOrders.TakenIn order) {
		var o = order.order();
		return FIXED_BYTES + 2L * (length(o.title()) + length(o.content()) + length(o.address()) + length(o.result()));
	}

	private static int length(String text) {
		return text == null ? 0 : text.length();
	}

	/**
	 * Keeps the order once the current transaction commits (at once without one); until then the transaction itself
	 * finds it here (a listener of the intake that runs before the commit, as the receipt does). Call it before
	 * publishing the intake's events: its commit callback runs first, so the listeners they start find the order
	 * here.
	 */
	void keepWhenCommitted(WorkOrder o) {
		WorkOrders.TakenIn order = new WorkOrders.TakenIn(WorkOrdersFacade.summary(o), o.citizenPhone);
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			keep(order);
			return;
		}
		Uncommitted own = uncommitted();
		if (own == null) {
			own = new Uncommitted();
			TransactionSynchronizationManager.registerSynchronization(own);
		}
		own.orders.put(order.order().id(), order);
	}

	/**
	 * The orders the current transaction took in, kept when it commits. A synchronization, not a resource bound to
	 * the thread, so that a transaction of its own started meanwhile (which suspends the synchronizations) does not
	 * see them: it cannot read them in the database either.
	 */
	private final class Uncommitted implements TransactionSynchronization {

		final Map<String, WorkOrders.TakenIn> orders = new java.util.LinkedHashMap<>();

		JustTakenIn outer() {
			return JustTakenIn.this;
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

		@Override
		public void afterCommit() {
			orders.values().forEach(JustTakenIn.this::keep);
		}
	}

	/** The current transaction's orders taken in, if it took any in. */
	private Uncommitted uncommitted() {
		for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
			if (s instanceof Uncommitted u && u.outer() == this) {
				return u;
			}
		}
		return null;
	}

	private void keep(WorkOrders.TakenIn order) {
		long now = System.nanoTime();
		Kept kept = new Kept(order, now, weight(order));
		bytes.addAndGet(kept.weight());
		Kept replaced = orders.put(order.order().id(), kept);
		if (replaced != null) {
			bytes.addAndGet(-replaced.weight());
		}
		arrival.add(order.order().id());
		forget(now);
	}

	/**
	 * Drops the orders held longer than the keeping time now that no intake comes to drop them: a busy hour's last
	 * half minute of orders is not held until the next intake.
	 */
	@Scheduled(fixedDelay = 10, timeUnit = TimeUnit.SECONDS)
	void forgetExpired() {
		forget(System.nanoTime());
	}

	/** Drops the expired and, beyond the memory allowed, the oldest (each id once: the queue follows the map). */
	private void forget(long now) {
		for (String oldest = arrival.peek(); oldest != null; oldest = arrival.peek()) {
			Kept k = orders.get(oldest);
			if (k != null && now - k.keptAt() < keepNanos && bytes.get() <= maxBytes) {
				break;
			}
			if (arrival.remove(oldest) && k != null && orders.remove(oldest, k)) {
				bytes.addAndGet(-k.weight());
			}
		}
	}

	/**
	 * The order as taken in, where it was kept here and not too long ago, or where the current transaction took it
	 * in.
	 */
	Optional<WorkOrders.TakenIn> get(String orderId) {
		Kept k = orders.get(orderId);
		if (k != null && System.nanoTime() - k.keptAt() < keepNanos) {
			return Optional.of(k.order());
		}
		// (only then the current transaction's own, which asks for its synchronizations: not on the listeners'
		// threads after the commit, which find the order kept above)
		if (k == null && TransactionSynchronizationManager.isSynchronizationActive()) {
			Uncommitted own = uncommitted();
			if (own != null && own.orders.containsKey(orderId)) {
				return Optional.of(own.orders.get(orderId));
			}
		}
		return Optional.empty();
	}

	/** Orders held (for tests). */
	int size() {
		return orders.size();
	}

	/** The weight of the orders held (for tests). */
	long bytes() {
		return bytes.get();
	}
}
