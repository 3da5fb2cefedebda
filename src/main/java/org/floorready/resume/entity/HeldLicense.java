package org.floorready.resume.entity;

import java.util.List;

/**
 * A state insurance license the resume claims. {@code resident} is null when the resume does not
 * say; {@code status} is "active" or "lapsed".
 */
public record HeldLicense(
    String state, List<String> linesOfAuthority, String number, Boolean resident, String status) {

  public static final String ACTIVE = "active";
  public static final String LAPSED = "lapsed";

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
