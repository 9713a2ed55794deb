package org.liandong.shared;

/** A page request: zero-based page, size capped at {@link PageResult#MAX_SIZE}. */
public record PageQuery(int page, int size) {

	public PageQuery {
		page = Math.max(0, page);
		size = size <= 0 ? 20 : Math.min(size, PageResult.MAX_SIZE);
	}

	/**
	 * A caller's {@code ?page=&size=} (CONTRACT §1): absent, page 0 of 20; a size above {@link PageResult#MAX_SIZE}
	 * is capped; a negative page or a size below 1 is refused (400), not read as another page than the one asked.
	 */
	public static PageQuery of(Integer page, Integer size) {
		if (page != null && page < 0) {
			throw new InvalidRequestException("page", "page must be 0 or more (the first page is 0).");
		}
		if (size != null && size < 1) {
			throw new InvalidRequestException("size", "size must be 1 or more (at most " + PageResult.MAX_SIZE
					+ " are answered).");
		}
		return new PageQuery(page == null ? 0 : page, size == null ? 20 : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
