package org.floorready.training.entity;

/** Where a new hire stands. Resigned and released are the two kinds of attrition. */
public enum NewHireStatus {
  IN_TRAINING("In training"),
  NESTING("Nesting"),
  GRADUATED("Graduated"),
  RESIGNED("Resigned"),
  RELEASED("Released");

  private final String label;

  NewHireStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean left() {
    return this == RESIGNED || this == RELEASED;
  }
}
