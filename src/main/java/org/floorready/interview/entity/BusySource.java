package org.floorready.interview.entity;

/** Where a busy time comes from. */
public enum BusySource {
  /** Copied from the interviewer's own calendar; replaced on each good fetch. */
  CALENDAR,
  /** Entered in FloorReady by the interviewer. */
  TIME_OFF
}
