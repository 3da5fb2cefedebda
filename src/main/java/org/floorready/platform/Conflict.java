package org.floorready.platform;

/**
 * A change that the current state of a record does not allow (409). Subclasses name the case. When
 * the client's copy was stale, the problem carries the record's current state so the client can
 * show it without a reload.
 */
public abstract class Conflict extends Refusal {
  private final transient Object current;

  protected Conflict(String detail) {
    this(detail, null);
  }

  protected Conflict(String detail, Object current) {
    super(detail);
    this.current = current;
  }

  public Object current() {
    return current;
  }
}
