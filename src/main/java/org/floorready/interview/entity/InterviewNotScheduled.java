package org.floorready.interview.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Only a scheduled interview can be moved, cancelled or marked a no-show. */
@ProblemType(value = "interview-not-scheduled", status = 409, title = "Interview not scheduled")
public class InterviewNotScheduled extends Conflict {
  public InterviewNotScheduled(String detail) {
    super(detail);
  }
}
