package org.floorready.security.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who signs in. Disabling a user or resetting the password bumps the session epoch, which
 * ends every session that user had open on any node.
 */
@Entity
@jakarta.persistence.Table(name = "app_user")
@Cacheable(false)
@NamedQuery(name = AppUser.BY_EMAIL, query = "select u from AppUser u where u.email = :email")
@NamedQuery(name = AppUser.COUNT, query = "select count(u) from AppUser u")
public class AppUser implements Audited {
  public static final String BY_EMAIL = "AppUser.byEmail";
  public static final String COUNT = "AppUser.count";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
  private Long id;

  private String email;
  private String displayName;
  private String passwordHash;
  private String timeZone;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  /**
   * The roles this request acts with, when fewer than the user's (an API token limited to some of
   * them); never stored.
   */
  @Transient private Set<Role> actingRoles;

  private boolean enabled = true;
  private int sessionEpoch;
  private boolean passwordChangeRequired;
  private Instant createdAt;
  @Version private long version;

  protected AppUser() {}

  public AppUser(
      String email, String displayName, String passwordHash, Set<Role> roles, ZoneId zone) {
    this.email = normalizeEmail(email);
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    this.timeZone = zone.getId();
    this.createdAt = Instant.now();
  }

  public static String normalizeEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
  }

  public void update(String newName, Set<Role> newRoles, ZoneId zone, Team newTeam) {
    this.displayName = newName;
    this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    this.timeZone = zone.getId();
    this.team = newTeam;
  }

  /**
   * The person chose a new password: every session of theirs ends (the caller keeps its own going).
   */
  public void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = false;
    this.sessionEpoch++;
  }

  /**
   * An admin set this password: every session ends, and the person must choose their own at the
   * next sign-in.
   */
  public void setPasswordByAdmin(String newHash) {
    this.passwordHash = newHash;
    this.passwordChangeRequired = true;
    this.sessionEpoch++;
  }

  /** The demo logins and the admin configured by environment keep their passwords. */
  public void keepPassword() {
    this.passwordChangeRequired = false;
  }

  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  public void disable() {
    this.enabled = false;
    this.sessionEpoch++;
  }

  public void enable() {
    this.enabled = true;
  }

  /** Whether the user, as this request acts, holds the role. */
  public boolean hasRole(Role role) {
    return roles.contains(role) && (actingRoles == null || actingRoles.contains(role));
  }

  /**
   * Limits this request's copy of the user to some of the roles (an API token's scope); it never
   * adds one the user does not hold.
   */
  public void actOnlyAs(Set<Role> granted) {
    Set<Role> acting = EnumSet.noneOf(Role.class);
    acting.addAll(roles);
    acting.retainAll(granted);
    this.actingRoles = acting;
  }

  /** The role names the request acts with: all of the user's, or a token's part of them. */
  public Set<String> actingRoleNames() {
    Set<String> names = new TreeSet<>();
    roles.stream().filter(this::hasRole).forEach(role -> names.add(role.name()));
    return names;
  }

  public Long id() {
    return id;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public String timeZone() {
    return timeZone;
  }

  public Team team() {
    return team;
  }

  public Set<Role> roles() {
    return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
  }

  public Set<String> roleNames() {
    Set<String> names = new TreeSet<>();
    roles.forEach(role -> names.add(role.name()));
    return names;
  }

  public boolean enabled() {
    return enabled;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("email", email);
    state.put("displayName", displayName);
    state.put("roles", String.join(", ", roleNames()));
    state.put("timeZone", timeZone);
    state.put("team", team == null ? null : team.name());
    state.put("enabled", enabled);
    state.put("password", "(hash " + (passwordHash == null ? 0 : passwordHash.hashCode()) + ")");
    return state;
  }
}
