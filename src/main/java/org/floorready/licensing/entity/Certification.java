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
 * how long it stays valid and which states need it (none listed: every state).
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

  @Version private long version;

  protected Certification() {}

  public Certification(String name, Kind kind, Integer validityMonths, Set<String> states) {
    define(name, kind, validityMonths, states, true);
  }

  public void define(
      String name, Kind kind, Integer validityMonths, Set<String> states, boolean active) {
    this.name = name;
    this.kind = kind;
    this.validityMonths = validityMonths;
    this.states = new TreeSet<>(states);
    this.active = active;
  }

  public boolean requiredIn(String state) {
    return active && (states.isEmpty() || states.contains(state));
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

  public long version() {
    return version;
  }
}
