package org.floorready.licensing.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.security.entity.Audited;

/** An insurance carrier and the teams that sell its policies (each agent needs an appointment). */
@Entity
@Table(name = "carrier")
public class Carrier implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carrier_seq")
  @SequenceGenerator(name = "carrier_seq", sequenceName = "carrier_seq", allocationSize = 50)
  private Long id;

  private String name;
  private boolean active;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "carrier_team", joinColumns = @JoinColumn(name = "carrier_id"))
  @Column(name = "team_id")
  private Set<Long> teamIds = new TreeSet<>();

  @Version private long version;

  protected Carrier() {}

  public Carrier(String name, Set<Long> teamIds) {
    define(name, teamIds, true);
  }

  public void define(String name, Set<Long> teamIds, boolean active) {
    this.name = name;
    this.teamIds = new TreeSet<>(teamIds);
    this.active = active;
  }

  public boolean soldBy(Long teamId) {
    return active && teamId != null && teamIds.contains(teamId);
  }

  @Override
  public String auditId() {
    return name;
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("name", name);
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

  public boolean active() {
    return active;
  }

  public Set<Long> teamIds() {
    return Set.copyOf(teamIds);
  }

  public long version() {
    return version;
  }
}
