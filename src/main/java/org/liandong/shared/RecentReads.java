package org.liandong.shared;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values read from the database for a look-up made on every request (the account behind a bearer token, the client
 * behind an Open311 api key), each kept for a short time for the next reads of the same key. A change made on this
 * node calls {@link #forgetAll()}: every value is forgotten at once and again when the current transaction ends, when
 * the change becomes visible to the next read. A change made on another node takes effect here within the time kept.
 *
 * @param <K> the key
 * @param <V> the value read (an {@code Optional} where there may be none)
 */
public final class RecentReads<K, V> {

	private record Read<V>(V value, long readAt) {
	}

	private final long keepNanos;

	private final int maxEntries;

	private final Map<K, Read<V>> reads = new ConcurrentHashMap<>();

	/** Keeps each value for {@code keep}; beyond {@code maxEntries} keys (a crowd of distinct ones) starts again. */
	public RecentReads(Duration keep, int maxEntries) {
		this.keepNanos = keep.toNanos();
		this.maxEntries = maxEntries;
	}

	/** The value read for the key at most the time kept ago, or read now with {@code read}. */
	public V get(K key, Function<K, V> read) {
		long now = System.nanoTime();
		Read<V> known = reads.get(key);
		if (known != null && now - known.readAt() < keepNanos) {
			return known.value();
		}
		V value = read.apply(key);
		if (reads.size() >= maxEntries) {
			reads.clear();
		}
		reads.put(key, new Read<>(value, now));
		return value;
	}

	/** Forgets every value, now and when the current transaction (if any) ends. */
	public void forgetAll() {
		TransactionEnd.nowAndWhenEnded(reads::clear);
	}
}
