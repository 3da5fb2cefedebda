package org.floorready.requisition.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.security.entity.Audited;
import org.floorready.security.entity.Team;

/** The headcount a team should have on the floor by the end of a month. */
@Entity
@Table(name = "headcount_target")
public class HeadcountTarget implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "headcount_target_seq")
  @SequenceGenerator(
      name = "headcount_target_seq",
      sequenceName = "headcount_target_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "team_id")
  private Team team;

  private LocalDate monthStart;
  private int target;
  @Version private long version;

  protected HeadcountTarget() {}

  public HeadcountTarget(Team team, YearMonth month, int target) {
    this.team = team;
    this.monthStart = month.atDay(1);
    this.target = target;
  }

  public void change(int newTarget) {
    this.target = newTarget;
  }

  public Team team() {
    return team;
  }

  public YearMonth month() {
    return YearMonth.from(monthStart);
  }

  public int target() {
    return target;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("team", team.name());
    state.put("month", month().toString());
    state.put("target", target);
    return state;
  }
}
