package org.floorready.licensing.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The NPN is recorded for another person: one NPN per person, nationwide. */
@ProblemType(value = "npn-taken", status = 409, title = "NPN belongs to someone else")
public class NpnTaken extends Conflict {
  public NpnTaken(String detail) {
    super(detail);
  }
}
