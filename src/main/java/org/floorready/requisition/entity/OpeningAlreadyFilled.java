package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The opening is filled by someone already. */
@ProblemType(value = "opening-already-filled", status = 409, title = "Opening already filled")
public class OpeningAlreadyFilled extends Conflict {

  public OpeningAlreadyFilled(String detail) {
    super(detail);
  }
}
