package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in browser, stored so that any node serves it. Only the SHA-256 of the cookie's token is
 * kept. It ends when it is idle too long, at its absolute expiry, at sign-out, or when its user's
 * session epoch moves on (password changed or reset, user disabled).
 */
@Entity
@Table(name = "user_session")
public class UserSession {
  @Id private String tokenHash;
  private long userId;
  private int epoch;
  private String csrfToken;
  private Instant createdAt;
  private Instant lastUsedAt;
  private Instant expiresAt;

  protected UserSession() {}

  public UserSession(
      String tokenHash, AppUser user, String csrfToken, Instant now, Duration lifetime) {
    this.tokenHash = tokenHash;
    this.userId = user.id();
    this.epoch = user.sessionEpoch();
    this.csrfToken = csrfToken;
    this.createdAt = now;
    this.lastUsedAt = now;
    this.expiresAt = now.plus(lifetime);
  }

  /** Whether it still lets {@code user} in at {@code now}. */
  public boolean validFor(AppUser user, Instant now, Duration idle) {
    return user.enabled()
        && user.id() == userId
        && user.sessionEpoch() == epoch
        && now.isBefore(expiresAt)
        && now.isBefore(lastUsedAt.plus(idle));
  }

  /** Marks it used; answers whether that changed anything worth writing (once a minute at most). */
  public boolean usedAt(Instant now) {
    if (Duration.between(lastUsedAt, now).compareTo(Duration.ofMinutes(1)) < 0) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  /** The user changed their own password: this session goes on under the new epoch. */
  public void carryOverTo(int newEpoch) {
    epoch = newEpoch;
  }

  public long userId() {
    return userId;
  }

  public String csrfToken() {
    return csrfToken;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
