package org.floorready.interview.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** A scheduling link that is not genuine, has expired or was withdrawn. */
@ProblemType(value = "scheduling-link-invalid", status = 404, title = "Scheduling link not valid")
public class SchedulingLinkInvalid extends Refusal {
  public SchedulingLinkInvalid() {
    super(
        "This scheduling link is not valid any more (it expired or was replaced). Ask your"
            + " recruiter for a new one.");
  }
}
