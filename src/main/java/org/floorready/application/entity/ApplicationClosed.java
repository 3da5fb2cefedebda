package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** The application is rejected or withdrawn; only a reopen brings it back. */
@ProblemType(value = "application-closed", status = 409, title = "Application closed")
public class ApplicationClosed extends Conflict {

  public ApplicationClosed(String detail) {
    super(detail);
  }
}
