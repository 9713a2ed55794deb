package org.liandong.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One thread that takes items as they come and hands them on in batches: after the first item of a batch it waits a
 * moment ({@code linger}) for more, so that one statement (and one commit) serves all the items of that moment
 * instead of one each. The outbox's deletions of completed publications and the outgoing messages' marks use it.
 * What the handler throws goes to {@code onFailure} and the thread carries on; {@link #close} stops the thread and
 * hands on what is left on the caller's thread.
 */
public final class Batches<T> implements AutoCloseable {

	private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();

	private final long lingerNanos;

	private final Consumer<List<T>> handler;

	private final Consumer<RuntimeException> onFailure;

	private final Thread thread;

	private volatile boolean running = true;

	public Batches(String threadName, Duration linger, Consumer<List<T>> handler,
			Consumer<RuntimeException> onFailure) {
		this.lingerNanos = linger.toNanos();
		this.handler = handler;
		this.onFailure = onFailure;
		this.thread = new Thread(this::run, threadName);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	public void add(T item) {
		queue.add(item);
	}

	private void run() {
		while (running) {
			try {
				T first = queue.poll(1, TimeUnit.SECONDS);
				if (first != null) {
					LockSupport.parkNanos(lingerNanos);
					List<T> batch = new ArrayList<>();
					batch.add(first);
					queue.drainTo(batch);
					handler.accept(batch);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				onFailure.accept(ex);
			}
		}
	}

	/** Hands on what is queued now, on the caller's thread (what the handler throws, the caller gets). */
	public void flush() {
		List<T> batch = new ArrayList<>();
		queue.drainTo(batch);
		if (!batch.isEmpty()) {
			handler.accept(batch);
		}
	}

	/**
	 * Stops the thread (without an interrupt: it could break off a batch under way, such as a wait for a pooled
	 * connection), waits up to five seconds for its batch, then hands on what is left ({@link #flush}). The thread is
	 * woken until it ends, not once: a single wake-up can be taken by the queue's lock, which parks too, while the
	 * thread is on its way to its linger, where it would then keep the item it took for the whole linger.
	 */
	@Override
	public void close() throws InterruptedException {
		running = false;
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (thread.isAlive() && System.nanoTime() < deadline) {
			LockSupport.unpark(thread);
			thread.join(10);
		}
		flush();
	}
}
