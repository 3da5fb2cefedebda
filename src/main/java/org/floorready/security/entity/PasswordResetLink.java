package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A "forgot password" link: good once, for a short while; only its token's SHA-256 is kept. */
@Entity
@Table(name = "password_reset")
public class PasswordResetLink {
  @Id private String tokenHash;
  private long userId;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant usedAt;

  protected PasswordResetLink() {}

  public PasswordResetLink(String tokenHash, long userId, Instant now, Duration validFor) {
    this.tokenHash = tokenHash;
    this.userId = userId;
    this.createdAt = now;
    this.expiresAt = now.plus(validFor);
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant now) {
    usedAt = now;
  }

  public long userId() {
    return userId;
  }
}
