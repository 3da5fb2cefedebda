package org.floorready.offer.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** An offer link that is not genuine or belongs to no offer. */
@ProblemType(value = "offer-link-invalid", status = 404, title = "Offer link not valid")
public class OfferLinkInvalid extends Refusal {
  public OfferLinkInvalid(String detail) {
    super(detail);
  }
}
