package org.floorready.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a client needs to page further. {@code totalCapped} says that
 * counting stopped: more than {@code totalItems} match (and {@code totalPages} is a lower bound).
 */
public record Page<T>(
    List<T> items, int page, int size, long totalItems, int totalPages, boolean totalCapped) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    return of(items, request, total, false);
  }

  public static <T> Page<T> of(List<T> items, PageRequest request, long total, boolean capped) {
    int pages = (int) ((total + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), total, pages, capped);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(
        items.stream().map(mapper).toList(), page, size, totalItems, totalPages, totalCapped);
  }
}
