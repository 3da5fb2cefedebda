package org.floorready.requisition.boundary;

import java.util.Map;

/**
 * Offers sent and not yet answered, per requisition: "in offer" on the headcount plan. The offers
 * feature (above this one) implements it; without it the plan counts applications in the Offer
 * stage instead.
 */
public interface OffersOut {
  /**
   * Requisition id → offers sent, not yet answered and not lapsed (requisitions with none left
   * out).
   */
  Map<Long, Integer> byRequisition();
}
