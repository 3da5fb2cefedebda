package org.floorready.candidate.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A candidate cannot be merged with itself. */
@ProblemType(value = "merge-with-itself", status = 409, title = "Merge with itself")
public class MergeWithItself extends Conflict {

  public MergeWithItself(String detail) {
    super(detail);
  }
}
