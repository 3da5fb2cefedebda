package org.floorready.requisition.entity;

/** The kind of employment offered. */
public enum EmploymentType {
  FULL_TIME,
  PART_TIME,
  SEASONAL,
  TEMPORARY
}
