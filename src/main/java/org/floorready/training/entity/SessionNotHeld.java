package org.floorready.training.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Roll call for a session that was cancelled or has not begun yet. */
@ProblemType(value = "session-not-held", status = 409, title = "Session not held")
public class SessionNotHeld extends Conflict {
  public SessionNotHeld(String detail) {
    super(detail);
  }
}
