package org.floorready.interview.entity;

/** An interviewer's overall call. */
public enum Recommendation {
  STRONG_NO,
  NO,
  YES,
  STRONG_YES;

  public boolean hire() {
    return this == YES || this == STRONG_YES;
  }
}
