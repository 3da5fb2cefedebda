package org.floorready.requisition.entity;

/** Where the agents work. Remote hires must live in one of the allowed states. */
public enum WorkMode {
  ON_SITE,
  REMOTE,
  HYBRID
}
