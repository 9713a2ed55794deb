package org.liandong.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Many ids read with {@code WHERE id IN (...)}: at most {@link #SIZE} per statement, well below every supported
 * database's limit on a statement's parameters (PostgreSQL's 65,535) and short enough to plan quickly.
 */
public final class InLists {

	/** Ids per statement. */
	public static final int SIZE = 500;

	private InLists() {
	}

	/** The list in consecutive parts of at most {@link #SIZE} (views of it), none for an empty list. */
	public static <T> List<List<T>> of(List<T> ids) {
		List<List<T>> parts = new ArrayList<>((ids.size() + SIZE - 1) / SIZE);
		for (int from = 0; from < ids.size(); from += SIZE) {
			parts.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
		}
		return parts;
	}

	/**
	 * The list lengthened to the next power of two by repeating its last element, for an {@code IN} list
	 * whose duplicates change nothing: a statement then takes one of ten shapes (1, 2, 4, … 512 values) instead of
	 * one per length. On PostgreSQL each shape is a statement the driver prepares, and the server plans, once per
	 * connection; a shape per length was parsed and planned again and again.
	 */
	public static <T> List<T> padded(List<T> values) {
		int size = values.size();
		int padded = size <= 1 ? size : Integer.highestOneBit(size - 1) << 1;
		if (size == padded) {
			return values;
		}
		List<T> out = new ArrayList<>(padded);
		out.addAll(values);
		T last = values.get(size - 1);
		while (out.size() < padded) {
			out.add(last);
		}
		return out;
	}
}
