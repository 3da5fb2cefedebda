package org.floorready.offer.entity;

/** Where an offer is in its life; the last five are final. */
public enum OfferStatus {
  PENDING_APPROVAL,
  APPROVED,
  SENT,
  ACCEPTED,
  DECLINED,
  LAPSED,
  SUPERSEDED,
  WITHDRAWN;

  public boolean open() {
    return this == PENDING_APPROVAL || this == APPROVED || this == SENT;
  }

  public String label() {
    return name().toLowerCase().replace('_', ' ');
  }
}
