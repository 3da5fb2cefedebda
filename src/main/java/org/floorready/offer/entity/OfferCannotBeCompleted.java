package org.floorready.offer.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/**
 * A candidate's accept that could not be completed (the class filled up, the requisition has no
 * opening left): nothing changed and the recruiter was told.
 */
@ProblemType(
    value = "offer-cannot-be-completed",
    status = 409,
    title = "Acceptance could not be completed")
public class OfferCannotBeCompleted extends Conflict {
  public OfferCannotBeCompleted(String detail) {
    super(detail);
  }
}
