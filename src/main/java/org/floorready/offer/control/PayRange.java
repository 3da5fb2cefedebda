package org.floorready.offer.control;

import java.math.BigDecimal;
import org.floorready.requisition.entity.PayBasis;
import org.floorready.requisition.entity.Requisition;

/**
 * Whether offered pay is outside the requisition's approved range: another basis (hourly against an
 * annual range), under the minimum or over the maximum. A requisition without a range has nothing
 * to be outside of.
 */
public final class PayRange {
  private PayRange() {}

  public static boolean outside(Requisition r, PayBasis basis, BigDecimal amount) {
    if (r.payMin() == null && r.payMax() == null) {
      return false;
    }
    if (r.payBasis() != null && r.payBasis() != basis) {
      return true;
    }
    return r.payMin() != null && amount.compareTo(r.payMin()) < 0
        || r.payMax() != null && amount.compareTo(r.payMax()) > 0;
  }
}
