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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A token a script or an integration sends as {@code Authorization: Bearer …} instead of a
 * password. It acts as its owner with the owner's roles of the moment (never more), or with part of
 * them, until it expires or is revoked. Only its SHA-256 is kept; the token itself is shown once,
 * at creation.
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

  /** The owner's roles it is limited to, comma-separated; null: all of them. */
  private String roles;

  @Version private long version;

  protected ApiToken() {}

  public ApiToken(
      String tokenHash,
      AppUser user,
      String name,
      String createdBy,
      Instant now,
      Instant expiresAt,
      Set<Role> limitedTo) {
    if (limitedTo != null && !user.roles().containsAll(limitedTo)) {
      throw new IllegalArgumentException("A token never grants more than its owner's roles.");
    }
    this.roles =
        limitedTo == null
            ? null
            : String.join(",", limitedTo.stream().map(Role::name).sorted().toList());
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

  /**
   * The role names it lets its owner in with: the owner's roles of the moment, or the part of them
   * it is limited to.
   */
  public Set<String> grantedRoleNames() {
    Set<String> names = new TreeSet<>(user.roleNames());
    if (roles != null) {
      names.retainAll(limitedTo());
    }
    return names;
  }

  /** The roles it is limited to; empty when it has all its owner's. */
  public Set<String> limitedTo() {
    return roles == null || roles.isEmpty()
        ? Set.of()
        : new TreeSet<>(Arrays.asList(roles.split(",")));
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
    state.put("roles", roles == null ? "all the owner's" : roles);
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
