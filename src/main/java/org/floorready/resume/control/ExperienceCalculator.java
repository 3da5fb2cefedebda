package org.floorready.resume.control;

import java.util.BitSet;
import java.util.Collection;

/** Counts the calendar months covered by any of the given spans, so overlapping jobs count once. */
final class ExperienceCalculator {

  private ExperienceCalculator() {}

  static int months(Collection<MonthSpan> spans) {
    if (spans.isEmpty()) {
      return 0;
    }
    long origin =
        spans.stream().mapToLong(span -> MonthSpan.monthIndex(span.start())).min().orElseThrow();
    BitSet covered = new BitSet();
    for (MonthSpan span : spans) {
      int from = (int) (MonthSpan.monthIndex(span.start()) - origin);
      int to = (int) (MonthSpan.monthIndex(span.end()) - origin);
      covered.set(from, to + 1);
    }
    return covered.cardinality();
  }

  /**
   * The least the spans can mean: jobs written with years alone counted from December of the first
   * year to January of the last (a job within one year as one month).
   */
  static int leastMonths(Collection<MonthSpan> spans) {
    return months(spans.stream().map(MonthSpan::narrowest).toList());
  }
}
