package org.floorready.offer.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** An offer answered after its expiry. */
@ProblemType(value = "offer-expired", status = 410, title = "Offer expired")
public class OfferExpired extends Refusal {
  public OfferExpired(String detail) {
    super(detail);
  }
}
