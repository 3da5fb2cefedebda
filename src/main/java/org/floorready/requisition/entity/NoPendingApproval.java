package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The requisition is not waiting for an approval decision. */
@ProblemType(value = "no-pending-approval", status = 409, title = "No pending approval")
public class NoPendingApproval extends Conflict {

  public NoPendingApproval(String detail) {
    super(detail);
  }
}
