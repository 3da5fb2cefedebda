package org.floorready.licensing.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a person stands against their requisition's licensing deadline: the day the resident
 * license is due, days left (negative: late), and at risk when a week or less is left (or it is
 * late) and the resident license is not issued.
 */
public record Deadline(LocalDate dueOn, long daysLeft, boolean met, boolean atRisk) {
  public static final int AT_RISK_DAYS = 7;

  /** Null when the requisition has no deadline. */
  public static Deadline of(
      Integer days, LocalDate hiredOn, LocalDate residentIssuedOn, LocalDate today) {
    if (days == null || hiredOn == null) {
      return null;
    }
    LocalDate due = hiredOn.plusDays(days);
    boolean met = residentIssuedOn != null && !residentIssuedOn.isAfter(due);
    long left = ChronoUnit.DAYS.between(today, due);
    boolean atRisk = residentIssuedOn == null && left <= AT_RISK_DAYS;
    return new Deadline(due, left, met, atRisk);
  }
}
