package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A token a script or an integration sends as {@code Authorization: Bearer …} instead of a
 * password. It acts as its owner with the owner's roles of the moment (never more), until it
 * expires or is revoked. Only its SHA-256 is kept; the token itself is shown once, at creation.
 */
@Entity
@Table(name = "api_token")
public class ApiToken implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  private Long id;

  private String tokenHash;

  @ManyToOne
  @JoinColumn(name = "user_id")
  private AppUser user;

  private String name;
  private String createdBy;
  private Instant createdAt;
  private Instant expiresAt;
  private Instant lastUsedAt;
  private Instant revokedAt;
  @Version private long version;

  protected ApiToken() {}

  public ApiToken(
      String tokenHash,
      AppUser user,
      String name,
      String createdBy,
      Instant now,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.user = user;
    this.name = name;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.expiresAt = expiresAt;
  }

  /** Whether it lets its owner in at {@code now}. */
  public boolean validAt(Instant now) {
    return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt)) && user.enabled();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("owner", user.email());
    state.put("name", name);
    state.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
    state.put("revokedAt", revokedAt == null ? null : revokedAt.toString());
    return state;
  }

  public Long id() {
    return id;
  }

  public AppUser user() {
    return user;
  }

  public String name() {
    return name;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Instant lastUsedAt() {
    return lastUsedAt;
  }

  public Instant revokedAt() {
    return revokedAt;
  }
}
