package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/**
 * The team has no approval chain and the requisition no hiring manager: nobody could approve it.
 */
@ProblemType(value = "no-approver", status = 409, title = "No approver")
public class NoApprover extends Conflict {

  public NoApprover(String detail) {
    super(detail);
  }
}
