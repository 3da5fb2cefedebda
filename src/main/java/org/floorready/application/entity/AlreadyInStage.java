package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The application is in that stage already. */
@ProblemType(value = "already-in-stage", status = 409, title = "Already in that stage")
public class AlreadyInStage extends Conflict {

  public AlreadyInStage(String detail) {
    super(detail);
  }
}
