package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A pending, filled or cancelled requisition is not edited; it is reopened first. */
@ProblemType(value = "requisition-not-editable", status = 409, title = "Requisition not editable")
public class RequisitionNotEditable extends Conflict {

  public RequisitionNotEditable(String detail) {
    super(detail);
  }
}
