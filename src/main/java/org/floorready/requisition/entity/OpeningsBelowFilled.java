package org.floorready.requisition.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A requisition cannot have fewer openings than it has filled. */
@ProblemType(value = "openings-below-filled", status = 409, title = "Fewer openings than filled")
public class OpeningsBelowFilled extends Conflict {

  public OpeningsBelowFilled(String detail) {
    super(detail);
  }
}
