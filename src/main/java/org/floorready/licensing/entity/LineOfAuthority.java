package org.floorready.licensing.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A line of authority on an insurance license; only the first three let a person sell P&C. */
public enum LineOfAuthority {
  PROPERTY("Property", true),
  CASUALTY("Casualty", true),
  PERSONAL_LINES("Personal Lines", true),
  LIFE("Life", false),
  HEALTH("Health", false);

  private final String label;
  private final boolean propertyAndCasualty;

  LineOfAuthority(String label, boolean propertyAndCasualty) {
    this.label = label;
    this.propertyAndCasualty = propertyAndCasualty;
  }

  public String label() {
    return label;
  }

  public boolean propertyAndCasualty() {
    return propertyAndCasualty;
  }

  /** From a label ("Personal Lines") or a name ("PERSONAL_LINES"), any case. */
  public static Optional<LineOfAuthority> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Arrays.stream(values())
        .filter(l -> l.label.toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
