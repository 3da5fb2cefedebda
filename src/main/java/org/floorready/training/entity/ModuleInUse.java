package org.floorready.training.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A module, or a class's sessions, that recorded attendance or scores still refer to. */
@ProblemType(value = "training-record-in-use", status = 409, title = "In use by records")
public class ModuleInUse extends Conflict {
  public ModuleInUse(String detail) {
    super(detail);
  }
}
