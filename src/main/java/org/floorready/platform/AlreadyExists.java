package org.floorready.platform;

/** Something with that name (or email) exists already, and it must be unique. */
@ProblemType(value = "already-exists", status = 409, title = "Already exists")
public class AlreadyExists extends Conflict {

  public AlreadyExists(String detail) {
    super(detail);
  }
}
