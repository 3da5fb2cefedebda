package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A hire needs an open seat: every opening of the requisition is filled already. */
@ProblemType(value = "no-opening-left", status = 409, title = "No opening left")
public class NoOpeningLeft extends Conflict {

  public NoOpeningLeft(String detail) {
    super(detail);
  }
}
