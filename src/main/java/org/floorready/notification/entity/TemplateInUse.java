package org.floorready.notification.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A template that messages were sent with is deactivated, not deleted. */
@ProblemType(value = "template-in-use", status = 409, title = "Template in use")
public class TemplateInUse extends Conflict {

  public TemplateInUse(String detail) {
    super(detail);
  }
}
