package org.liandong.triage.internal.model;

import java.util.Arrays;

/**
 * An open-addressing map from non-zero long keys to int values: term counts and term indexes without boxing, so
 * that featurising a request costs microseconds, not allocations.
 */
final class LongIntMap {

	private long[] keys;

	private int[] values;

	/** The occupied slots in the order their keys came: loops visit the entries, not every slot. */
	private int[] filled;

	private int size;

	LongIntMap(int expected) {
		int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
		keys = new long[capacity];
		values = new int[capacity];
		filled = new int[capacity / 2 + 1];
	}

	int size() {
		return size;
	}

	void add(long key, int delta) {
		int slot = slot(key);
		if (keys[slot] == 0) {
			keys[slot] = key;
			filled[size++] = slot;
			values[slot] = delta;
			if (size * 2 > keys.length) {
				grow();
			}
		}
		else {
			values[slot] += delta;
		}
	}

	void put(long key, int value) {
		int slot = slot(key);
		if (keys[slot] == 0) {
			keys[slot] = key;
			filled[size++] = slot;
			values[slot] = value;
			if (size * 2 > keys.length) {
				grow();
			}
		}
		else {
			values[slot] = value;
		}
	}

	/** The value, or {@code missing} when the key is absent. */
	int get(long key, int missing) {
		int slot = slot(key);
		return keys[slot] == 0 ? missing : values[slot];
	}

	/** The slots' keys (0: empty), for loops that must not call a visitor per entry. Not a copy: do not change. */
	long[] slotKeys() {
		return keys;
	}

	/**
	 * The occupied slots of {@link #slotKeys()}, the first {@link #size()} of the array, in the order their keys
	 * came. Not a copy: do not change.
	 */
	int[] filledSlots() {
		return filled;
	}

	/** The slots' values, beside {@link #slotKeys()}. Not a copy: do not change. */
	int[] slotValues() {
		return values;
	}

	/** Calls the visitor with every entry. */
	void forEach(Visitor visitor) {
		for (int i = 0; i < size; i++) {
			visitor.visit(keys[filled[i]], values[filled[i]]);
		}
	}

	interface Visitor {

		void visit(long key, int value);

	}

	private int slot(long key) {
		int mask = keys.length - 1;
		int slot = (int) (mix(key) & mask);
		while (keys[slot] != 0 && keys[slot] != key) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private static long mix(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return h ^ (h >>> 29);
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldValues = values;
		int[] oldFilled = filled;
		int oldSize = size;
		keys = new long[oldKeys.length * 2];
		values = new int[oldKeys.length * 2];
		filled = new int[oldKeys.length + 1];
		size = 0;
		for (int i = 0; i < oldSize; i++) {
			put(oldKeys[oldFilled[i]], oldValues[oldFilled[i]]);
		}
	}

	@Override
	public String toString() {
		return "LongIntMap" + Arrays.toString(Arrays.copyOf(keys, Math.min(4, keys.length))) + "… size " + size;
	}
}
