package org.floorready.interview.boundary;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** An application has one scheduled interview per plan; a second one is a move of the first. */
@ProblemType(value = "interview-already-booked", status = 409, title = "Interview already booked")
public class AlreadyBooked extends Conflict {
  public AlreadyBooked(String detail) {
    super(detail);
  }
}
