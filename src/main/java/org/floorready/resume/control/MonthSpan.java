package org.floorready.resume.control;

import java.time.YearMonth;

/**
 * A stretch of whole months, both ends included, as written at {@code [from, to)} of its line.
 * {@code ongoing} spans ended with "Present" and run to the day of extraction. A span written with
 * years alone runs from January to December; {@code latestStart} and {@code earliestEnd} are the
 * other reading, December to January, the least it can mean.
 */
record MonthSpan(
    YearMonth start,
    YearMonth end,
    boolean ongoing,
    int from,
    int to,
    YearMonth latestStart,
    YearMonth earliestEnd) {

  /** A span written to the month: both readings are the same. */
  MonthSpan(YearMonth start, YearMonth end, boolean ongoing, int from, int to) {
    this(start, end, ongoing, from, to, start, end);
  }

  /** The least this span can mean: at least its latest possible start month. */
  MonthSpan narrowest() {
    YearMonth last = earliestEnd.isBefore(latestStart) ? latestStart : earliestEnd;
    return new MonthSpan(latestStart, last, ongoing, from, to);
  }

  int months() {
    return (int) (monthIndex(end) - monthIndex(start) + 1);
  }

  static long monthIndex(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }
}
