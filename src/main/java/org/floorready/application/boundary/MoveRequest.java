package org.floorready.application.boundary;

import jakarta.validation.constraints.Size;

/**
 * A change to one application: the stage to move to (for moves), why, and the version the client
 * saw.
 */
public record MoveRequest(String to, @Size(max = 1000) String reason, Long version) {
  public MoveRequest(String to, String reason, Long version) {
    this.to = to;
    this.reason = reason;
    this.version = version;
  }
}
