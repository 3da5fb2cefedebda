package org.floorready.offer.entity;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** An offer decision by someone who is not its pending approver. */
@ProblemType(value = "not-your-offer-approval", status = 403, title = "Not your approval")
public class NotYourOfferApproval extends Refusal {
  public NotYourOfferApproval(String detail) {
    super(detail);
  }
}
