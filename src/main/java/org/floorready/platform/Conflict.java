package org.floorready.platform;

/** A change that the current state of a record does not allow (409). */
public class Conflict extends Refusal {
  public Conflict(String detail) {
    super(409, "Conflict", detail);
  }
}
