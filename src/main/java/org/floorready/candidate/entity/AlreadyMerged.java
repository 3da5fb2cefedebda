package org.floorready.candidate.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** One of the two records was merged into another already. */
@ProblemType(value = "already-merged", status = 409, title = "Already merged")
public class AlreadyMerged extends Conflict {

  public AlreadyMerged(String detail) {
    super(detail);
  }
}
