package org.floorready.training.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Another attempt at an assessment the person passed already or has no retake left for. */
@ProblemType(value = "no-retake-left", status = 409, title = "No retake left")
public class RetakesUsedUp extends Conflict {
  public RetakesUsedUp(String detail) {
    super(detail);
  }
}
