package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A sales team on the floor: hiring managers manage it, requisitions hire into it. */
@Entity
@NamedQuery(name = Team.ALL, query = "select t from Team t order by t.name")
public class Team implements Audited {
  public static final String ALL = "Team.all";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
  @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
  private Long id;

  private String name;
  private String site;
  private String timeZone;
  private int baselineHeadcount;
  @Version private long version;

  protected Team() {}

  public Team(String name, String site, ZoneId timeZone) {
    this.name = name;
    this.site = site;
    this.timeZone = timeZone.getId();
  }

  public void rename(String newName, String newSite, ZoneId zone) {
    this.name = newName;
    this.site = newSite;
    this.timeZone = zone.getId();
  }

  /** Agents on the floor when the headcount plan started; hires add to it. */
  public void setBaselineHeadcount(int agents) {
    this.baselineHeadcount = agents;
  }

  public int baselineHeadcount() {
    return baselineHeadcount;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String site() {
    return site;
  }

  public String timeZone() {
    return timeZone;
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
    state.put("name", name);
    state.put("site", site);
    state.put("timeZone", timeZone);
    state.put("baselineHeadcount", baselineHeadcount);
    return state;
  }
}
