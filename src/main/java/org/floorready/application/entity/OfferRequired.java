package org.floorready.application.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** Hired needs an accepted offer first. */
@ProblemType(value = "offer-required", status = 409, title = "Offer required")
public class OfferRequired extends Conflict {

  public OfferRequired(String detail) {
    super(detail);
  }
}
