package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The candidate is hired: the application does not move any more. */
@ProblemType(value = "application-hired", status = 409, title = "Candidate hired")
public class ApplicationHired extends Conflict {

  public ApplicationHired(String detail) {
    super(detail);
  }
}
