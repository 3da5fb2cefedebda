package org.floorready.resume.entity;

import java.util.List;

/**
 * A state insurance license the resume claims. {@code resident} is null when the resume does not
 * say; {@code status} is one of {@link #STATUSES}: "active", "pending" (applied, exam passed), "in
 * progress" (pre-licensing course, studying), "expected" (a date or a plan) or "lapsed" (expired,
 * inactive, cancelled). Only an active one counts as held.
 */
public record HeldLicense(
    String state, List<String> linesOfAuthority, String number, Boolean resident, String status) {

  public static final String ACTIVE = "active";
  public static final String LAPSED = "lapsed";
  public static final String PENDING = "pending";
  public static final String IN_PROGRESS = "in progress";
  public static final String EXPECTED = "expected";

  /** Every status, the strongest first (when a resume says two things of one state). */
  public static final List<String> STATUSES =
      List.of(ACTIVE, PENDING, IN_PROGRESS, EXPECTED, LAPSED);

  public HeldLicense {
    linesOfAuthority = List.copyOf(linesOfAuthority);
  }

  public boolean active() {
    return ACTIVE.equals(status);
  }

  /**
   * An active license with a property & casualty (or personal lines) line: one that lets its holder
   * sell P&C.
   */
  public boolean sellsPropertyCasualty() {
    return active()
        && linesOfAuthority.stream()
            .anyMatch(
                line ->
                    line.equals("Property")
                        || line.equals("Casualty")
                        || line.equals("Personal Lines"));
  }

  /** The states of the licenses among these that let their holder sell P&C, sorted. */
  public static List<String> propertyCasualtyStates(List<HeldLicense> licenses) {
    return licenses.stream()
        .filter(HeldLicense::sellsPropertyCasualty)
        .map(HeldLicense::state)
        .distinct()
        .sorted()
        .toList();
  }
}
