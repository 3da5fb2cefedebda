package org.floorready.platform;

/** The client edited an older version of the record than the one stored: reload and apply again. */
@ProblemType(value = "stale-edit", status = 409, title = "Changed by someone else")
public class StaleEdit extends Conflict {

  public StaleEdit(String detail) {
    super(detail);
  }

  /** With the record as it is now, so the client can show it without a reload. */
  public StaleEdit(String detail, Object current) {
    super(detail, current);
  }
}
