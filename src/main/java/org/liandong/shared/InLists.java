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
}
