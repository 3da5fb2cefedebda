package org.floorready.licensing.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A carrier appointment in a state where the person holds no license yet. */
@ProblemType(value = "no-license-yet", status = 409, title = "No license in this state yet")
public class NoLicenseYet extends Conflict {
  public NoLicenseYet(String detail) {
    super(detail);
  }
}
