package org.floorready.application.boundary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A change to one application: the stage to move to (for moves), why, and the version the client
 * saw.
 */
public record MoveRequest(
    String to, @Size(max = 1000) String reason, Long version, LocalDate acceptedOn) {
  public MoveRequest(String to, String reason, Long version, LocalDate acceptedOn) {
    this.to = to;
    this.reason = reason;
    this.version = version;
    this.acceptedOn = acceptedOn;
  }
}
