package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins per email address, known or not (so that a lock does not reveal whether an
 * account exists). After too many failures in a row the address is locked for a while.
 */
@Entity
@jakarta.persistence.Table(name = "login_throttle")
public class LoginThrottle {
  @Id private String email;
  private int failures;
  private Instant lockedUntil;
  private Instant lastFailureAt;

  protected LoginThrottle() {}

  public LoginThrottle(String email) {
    this.email = email;
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }

  public void recordFailure(Instant now, int maxFailures, Duration lockFor) {
    failures++;
    lastFailureAt = now;
    if (failures >= maxFailures) {
      lockedUntil = now.plus(lockFor);
      failures = 0;
    }
  }

  public int failures() {
    return failures;
  }
}
