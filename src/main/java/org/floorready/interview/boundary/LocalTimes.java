package org.floorready.interview.boundary;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * An interview's time as a person reads it in their own zone: "Mon 9 Mar 2026, 10:00–10:45 CDT
 * (America/Chicago)".
 */
final class LocalTimes {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);
  private static final DateTimeFormatter END = DateTimeFormatter.ofPattern("HH:mm zzz", Locale.US);

  private LocalTimes() {}

  static String range(Instant start, Instant end, ZoneId zone) {
    return DAY.format(start.atZone(zone))
        + "–"
        + END.format(end.atZone(zone))
        + " ("
        + zone.getId()
        + ")";
  }
}
