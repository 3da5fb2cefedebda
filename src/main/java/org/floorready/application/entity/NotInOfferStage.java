package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** An offer is accepted only while the application is in the Offer stage. */
@ProblemType(value = "not-in-offer-stage", status = 409, title = "Not in the Offer stage")
public class NotInOfferStage extends Conflict {

  public NotInOfferStage(String detail) {
    super(detail);
  }
}
