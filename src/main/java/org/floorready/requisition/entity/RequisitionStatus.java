package org.floorready.requisition.entity;

/**
 * Where a requisition is in its life: draft → pending approval → open ⇄ on hold → filled or
 * cancelled.
 */
public enum RequisitionStatus {
  DRAFT,
  PENDING_APPROVAL,
  OPEN,
  ON_HOLD,
  FILLED,
  CANCELLED;

  public String label() {
    return name().toLowerCase().replace('_', ' ');
  }
}
