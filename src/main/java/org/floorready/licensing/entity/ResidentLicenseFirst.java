package org.floorready.licensing.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A non-resident application before the resident license was issued. */
@ProblemType(value = "resident-license-first", status = 409, title = "Resident license first")
public class ResidentLicenseFirst extends Conflict {
  public ResidentLicenseFirst(String detail) {
    super(detail);
  }
}
