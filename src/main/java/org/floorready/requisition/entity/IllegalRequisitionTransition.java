package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/**
 * The requisition's status does not allow this step of its lifecycle (submit, approve, hold,
 * cancel, reopen …).
 */
@ProblemType(
    value = "illegal-requisition-transition",
    status = 409,
    title = "Illegal requisition transition")
public class IllegalRequisitionTransition extends Conflict {

  public IllegalRequisitionTransition(String detail) {
    super(detail);
  }
}
