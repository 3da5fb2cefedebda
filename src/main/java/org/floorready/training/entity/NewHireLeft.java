package org.floorready.training.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A change for a new hire whose status does not allow it (left, or the milestone out of order). */
@ProblemType(value = "new-hire-status", status = 409, title = "Not possible in this status")
public class NewHireLeft extends Conflict {
  public NewHireLeft(String detail) {
    super(detail);
  }
}
