package org.floorready.licensing.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.security.entity.Audited;

/**
 * An internal certification an agent needs (product, systems, compliance such as TCPA, privacy):
 * how long it stays valid, which states need it (none listed: every state) and which teams — the
 * agents' roles, such as sales or service — need it (none listed: every team). Retired
 * certifications stay for the people who earned them but are needed nowhere.
 */
@Entity
@Table(name = "certification")
public class Certification implements Audited {
  /** What a certification is about. */
  public enum Kind {
    PRODUCT,
    SYSTEMS,
    COMPLIANCE,
    PRIVACY
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certification_seq")
  @SequenceGenerator(
      name = "certification_seq",
      sequenceName = "certification_seq",
      allocationSize = 50)
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Kind kind;

  private Integer validityMonths;
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "certification_state",
      joinColumns = @JoinColumn(name = "certification_id"))
  @Column(name = "state")
  private Set<String> states = new TreeSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "certification_team",
      joinColumns = @JoinColumn(name = "certification_id"))
  @Column(name = "team_id")
  private Set<Long> teamIds = new TreeSet<>();

  @Version private long version;

  protected Certification() {}

  public Certification(
      String name, Kind kind, Integer validityMonths, Set<String> states, Set<Long> teamIds) {
    define(name, kind, validityMonths, states, teamIds, true);
  }

  public void define(
      String name,
      Kind kind,
      Integer validityMonths,
      Set<String> states,
      Set<Long> teamIds,
      boolean active) {
    this.name = name;
    this.kind = kind;
    this.validityMonths = validityMonths;
    this.states = new TreeSet<>(states);
    this.teamIds = new TreeSet<>(teamIds);
    this.active = active;
  }

  /** Whether someone on a team (null: none yet) needs it to sell in a state. */
  public boolean requiredFor(String state, Long teamId) {
    return active
        && (states.isEmpty() || states.contains(state))
        && (teamIds.isEmpty() || teamId != null && teamIds.contains(teamId));
  }

  /** When one earned on a day expires (null: never). */
  public LocalDate expiryFor(LocalDate earnedOn) {
    return validityMonths == null ? null : earnedOn.plusMonths(validityMonths);
  }

  @Override
  public String auditId() {
    return name;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
    s.put("kind", kind.name());
    s.put("validityMonths", validityMonths);
    s.put("states", String.join(", ", states));
    s.put("teams", teamIds.toString());
    s.put("active", active);
    return s;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Kind kind() {
    return kind;
  }

  public Integer validityMonths() {
    return validityMonths;
  }

  public boolean active() {
    return active;
  }

  public Set<String> states() {
    return Set.copyOf(states);
  }

  public Set<Long> teamIds() {
    return Set.copyOf(teamIds);
  }

  public long version() {
    return version;
  }
}
