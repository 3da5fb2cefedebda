package org.floorready.application.control;

import java.time.ZonedDateTime;

/**
 * How long application and hiring records are kept after a person's last activity: as configured,
 * but never less than {@value #MINIMUM_MONTHS} months (EEOC record-keeping).
 */
public record RetentionPeriod(int months, boolean raised) {
  public static final int MINIMUM_MONTHS = 12;

  public static RetentionPeriod of(int configuredMonths) {
    return configuredMonths < MINIMUM_MONTHS
        ? new RetentionPeriod(MINIMUM_MONTHS, true)
        : new RetentionPeriod(configuredMonths, false);
  }

  /** Records of people inactive since before this instant are due for erasure. */
  public ZonedDateTime cutoff(ZonedDateTime now) {
    return now.minusMonths(months);
  }
}
