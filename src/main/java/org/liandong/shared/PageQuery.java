package org.liandong.shared;

/** A page request: zero-based page, size capped at {@link PageResult#MAX_SIZE}. */
public record PageQuery(int page, int size) {

	public PageQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, PageResult.MAX_SIZE);
	}

	public static PageQuery of(Integer page, Integer size) {
		return new PageQuery(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
