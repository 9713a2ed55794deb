package org.liandong.shared;

import java.util.List;
import java.util.function.Function;

import jakarta.validation.constraints.NotNull;

/** One page of a list, in the shape of CONTRACT §1 ({@code content} is never null, if empty). */
public record PageResult<T>(@NotNull List<T> content, int page, int size, long totalElements, int totalPages) {

	public static final int MAX_SIZE = 1000;

	public static <T> PageResult<T> of(List<T> content, PageQuery query, long total) {
		int pages = query.size() == 0 ? 0 : (int) ((total + query.size() - 1) / query.size());
		return new PageResult<>(content, query.page(), query.size(), total, pages);
	}

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(content.stream().map(mapper).toList(), page, size, totalElements, totalPages);
	}
}
