package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Only a rejected or withdrawn application can be reopened. */
@ProblemType(value = "application-not-closed", status = 409, title = "Application not closed")
public class ApplicationNotClosed extends Conflict {

  public ApplicationNotClosed(String detail) {
    super(detail);
  }
}
