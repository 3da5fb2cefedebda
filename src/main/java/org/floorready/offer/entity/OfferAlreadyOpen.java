package org.floorready.offer.entity;

import org.floorready.platform.Conflict;
import org.floorready.platform.ProblemType;

/** A second offer for an application that has one open: revise that one instead. */
@ProblemType(value = "offer-already-open", status = 409, title = "An offer is open")
public class OfferAlreadyOpen extends Conflict {
  public OfferAlreadyOpen(String detail) {
    super(detail);
  }
}
