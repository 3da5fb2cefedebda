package org.floorready.offer.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** An offer that is no longer open: answered, lapsed, superseded or withdrawn. */
@ProblemType(value = "offer-closed", status = 409, title = "Offer no longer open")
public class OfferClosed extends Conflict {
  public OfferClosed(String detail) {
    super(detail);
  }
}
