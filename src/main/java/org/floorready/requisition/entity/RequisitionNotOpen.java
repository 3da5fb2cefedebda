package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Openings are filled on an open requisition only. */
@ProblemType(value = "requisition-not-open", status = 409, title = "Requisition not open")
public class RequisitionNotOpen extends Conflict {

  public RequisitionNotOpen(String detail) {
    super(detail);
  }
}
