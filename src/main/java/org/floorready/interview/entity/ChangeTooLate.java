package org.floorready.interview.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A candidate's move or cancellation through their link after the recruiter's cutoff. */
@ProblemType(value = "change-too-late", status = 409, title = "Too late to change")
public class ChangeTooLate extends Conflict {
  public ChangeTooLate(String detail) {
    super(detail);
  }
}
