package org.floorready.requisition.entity;

/** CDI event: a requisition's screening criteria changed, so its applications need new scores. */
public record CriteriaChanged(long requisitionId) {}
