package org.floorready.platform;

/**
 * A change that the current state of a record does not allow (409). When the client's copy was
 * stale, the problem carries the record's current state so the client can show it without a reload.
 */
public class Conflict extends Refusal {
  private final transient Object current;

  public Conflict(String detail) {
    this(detail, null);
  }

  public Conflict(String detail, Object current) {
    super(409, "Conflict", detail);
    this.current = current;
  }

  public Object current() {
    return current;
  }
}
