package org.floorready.training.entity;

/** A person's attendance at one session. Late counts as attended; excused is left out of rates. */
public enum AttendanceMark {
  PRESENT,
  LATE,
  ABSENT,
  EXCUSED;

  public boolean attended() {
    return this == PRESENT || this == LATE;
  }
}
