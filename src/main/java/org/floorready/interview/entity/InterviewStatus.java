package org.floorready.interview.entity;

/** Where a booked interview stands. */
public enum InterviewStatus {
  SCHEDULED,
  CANCELLED,
  COMPLETED,
  NO_SHOW
}
