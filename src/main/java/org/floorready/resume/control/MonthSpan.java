package org.floorready.resume.control;

import java.time.YearMonth;

/**
 * A stretch of whole months, both ends included, as written at {@code [from, to)} of its line.
 * {@code ongoing} spans ended with "Present" and run to the day of extraction.
 */
record MonthSpan(YearMonth start, YearMonth end, boolean ongoing, int from, int to) {

  int months() {
    return (int) (monthIndex(end) - monthIndex(start) + 1);
  }

  static long monthIndex(YearMonth month) {
    return month.getYear() * 12L + month.getMonthValue() - 1;
  }
}
