package org.floorready.training.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Every seat of a class is taken. */
@ProblemType(value = "class-full", status = 409, title = "Class full")
public class ClassFull extends Conflict {
  public ClassFull(String detail) {
    super(detail);
  }
}
