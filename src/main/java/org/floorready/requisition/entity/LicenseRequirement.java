package org.floorready.requisition.entity;

import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A state the hires must be licensed in, with one line of authority (Property, Casualty, Personal
 * Lines).
 */
@Embeddable
public class LicenseRequirement {
  private String state;
  private String line;

  protected LicenseRequirement() {}

  public LicenseRequirement(String state, String line) {
    this.state = state;
    this.line = line;
  }

  public String state() {
    return state;
  }

  public String line() {
    return line;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LicenseRequirement that
        && state.equals(that.state)
        && line.equals(that.line);
  }

  @Override
  public int hashCode() {
    return Objects.hash(state, line);
  }

  @Override
  public String toString() {
    return state + " " + line;
  }
}
