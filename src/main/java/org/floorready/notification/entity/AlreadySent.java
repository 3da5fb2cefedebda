package org.floorready.notification.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A message that was sent is never sent again, so it cannot be queued again. */
@ProblemType(value = "already-sent", status = 409, title = "Already sent")
public class AlreadySent extends Conflict {

  public AlreadySent(String detail) {
    super(detail);
  }
}
