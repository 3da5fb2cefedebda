package org.floorready.reporting.control;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When the headcount reaches its target at the current pace: net growth = new hires − people who
 * left (resigned or released) over the last {@code days} days, carried forward at the same rate.
 *
 * @param reachedOn the day the target is reached at this pace; null when the pace never gets there
 *     (no growth) or there is no target
 * @param onTrack whether that day falls within the target's month or before it
 */
public record Forecast(
    int headcount,
    Integer target,
    String targetMonth,
    long hires,
    long leavers,
    int days,
    Double netPerMonth,
    LocalDate reachedOn,
    Boolean onTrack) {

  public static final String DEFINITION =
      "Headcount as the plan counts it today; pace = hires − people who left (resigned or"
          + " released) in the last 90 days, carried forward at the same daily rate; the day the"
          + " plan's last target is reached at that pace.";

  public static Forecast of(
      int headcount,
      Integer target,
      YearMonth targetMonth,
      long hires,
      long leavers,
      int days,
      LocalDate today) {
    long net = hires - leavers;
    Double perMonth = Distribution.round(net * 30.0 / days);
    if (target == null) {
      return new Forecast(headcount, null, null, hires, leavers, days, perMonth, null, null);
    }
    int remaining = target - headcount;
    LocalDate reached;
    if (remaining <= 0) {
      reached = today;
    } else if (net <= 0) {
      reached = null;
    } else {
      // whole days: the first day the carried-forward growth covers what remains
      reached = today.plusDays((remaining * (long) days + net - 1) / net);
    }
    return new Forecast(
        headcount,
        target,
        targetMonth.toString(),
        hires,
        leavers,
        days,
        perMonth,
        reached,
        reached != null && !reached.isAfter(targetMonth.atEndOfMonth()));
  }
}
