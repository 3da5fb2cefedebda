package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Rejecting an approval or cancelling a requisition needs a reason. */
@ProblemType(value = "reason-required", status = 409, title = "Reason required")
public class ReasonRequired extends Conflict {

  public ReasonRequired(String detail) {
    super(detail);
  }
}
