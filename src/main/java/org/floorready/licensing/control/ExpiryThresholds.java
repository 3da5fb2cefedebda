package org.floorready.licensing.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which reminder is due for something expiring: the tightest threshold (days before the expiry)
 * reached today, or 0 once it has expired. Thresholds passed while nobody looked are not sent late:
 * only the tightest one counts, and each is sent once (the boundary records it).
 */
public final class ExpiryThresholds {
  private ExpiryThresholds() {}

  public static OptionalInt due(LocalDate expiresOn, LocalDate today, List<Integer> thresholds) {
    if (expiresOn == null) {
      return OptionalInt.empty();
    }
    long left = ChronoUnit.DAYS.between(today, expiresOn);
    if (left <= 0) {
      return OptionalInt.of(0);
    }
    return thresholds.stream().filter(t -> t > 0 && left <= t).mapToInt(Integer::intValue).min();
  }

  /** "60,30,7" as a list, highest first; blanks and non-positive numbers dropped. */
  public static List<Integer> parse(String text) {
    return java.util.Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> s.matches("\\d{1,4}"))
        .map(Integer::valueOf)
        .filter(n -> n > 0)
        .distinct()
        .sorted(java.util.Comparator.reverseOrder())
        .toList();
  }
}
