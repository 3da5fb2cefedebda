package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A stage that still holds applications cannot be removed from the pipeline. */
@ProblemType(value = "stage-not-empty", status = 409, title = "Stage not empty")
public class StageNotEmpty extends Conflict {

  public StageNotEmpty(String detail) {
    super(detail);
  }
}
