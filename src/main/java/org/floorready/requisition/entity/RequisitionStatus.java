package org.floorready.requisition.entity;

/** Where a requisition is in its life: draft → pending approval → open ⇄ on hold → filled or cancelled. */
public enum RequisitionStatus {
  DRAFT,
  PENDING_APPROVAL,
  OPEN,
  ON_HOLD,
  FILLED,
  CANCELLED;

  /** Requisitions in these states are shown on the public careers page. */
  public boolean isPublic() {
    return this == OPEN;
  }

  public String label() {
    return name().toLowerCase().replace('_', ' ');
  }
}
