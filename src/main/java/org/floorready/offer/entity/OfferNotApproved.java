package org.floorready.offer.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** An offer sent before every approval is in. */
@ProblemType(value = "offer-not-approved", status = 409, title = "Offer not approved")
public class OfferNotApproved extends Conflict {
  public OfferNotApproved(String detail) {
    super(detail);
  }
}
