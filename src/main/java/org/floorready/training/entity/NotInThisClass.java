package org.floorready.training.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** A mark or a score for someone who is not in the class of the session or module. */
@ProblemType(value = "not-in-this-class", status = 422, title = "Not in this class")
public class NotInThisClass extends Refusal {
  public NotInThisClass(String detail) {
    super(detail);
  }
}
