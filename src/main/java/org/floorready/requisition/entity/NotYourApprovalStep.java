package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The waiting approval step is someone else's to decide. */
@ProblemType(value = "not-your-approval-step", status = 409, title = "Not your approval step")
public class NotYourApprovalStep extends Conflict {

  public NotYourApprovalStep(String detail) {
    super(detail);
  }
}
