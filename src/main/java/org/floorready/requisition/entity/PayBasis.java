package org.floorready.requisition.entity;

/** What the pay range is per. */
public enum PayBasis {
  HOURLY,
  ANNUAL
}
