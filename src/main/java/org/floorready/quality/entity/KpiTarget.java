package org.floorready.quality.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.floorready.platform.InvalidInput;
import org.floorready.quality.control.Kpi;
import org.floorready.quality.control.Ramp;
import org.floorready.security.entity.Audited;

/**
 * The target ramp of one KPI: a target per week on the floor (1 to 12; a week without one carries
 * none) and the weeks in a row that must meet their targets for an agent to be proficient.
 */
@Entity
@Table(name = "kpi_target")
public class KpiTarget implements Audited {
  @Id
  @Enumerated(EnumType.STRING)
  private Kpi kpi;

  // the 12 weekly targets, comma-separated, an empty item for a week without one
  private String targets;
  private int consecutiveWeeks;
  private String updatedBy;
  private Instant updatedAt;
  @Version private long version;

  protected KpiTarget() {}

  public KpiTarget(Kpi kpi) {
    this.kpi = kpi;
  }

  /** Sets the curve; a target that cannot be met (a percentage over 100, a negative) is a 400. */
  public void set(List<Double> weekly, int consecutive, String by, Instant now) {
    if (weekly.size() > Ramp.WEEKS || weekly.stream().allMatch(java.util.Objects::isNull)) {
      throw new InvalidInput(
          "targets", "give a target for some of the first " + Ramp.WEEKS + " weeks, at most 12");
    }
    for (Double t : weekly) {
      if (t != null && (t < 0 || kpi.label().endsWith("(%)") && t > 100 || t.isNaN())) {
        throw new InvalidInput("targets", t + " cannot be a target for " + kpi.label());
      }
    }
    if (consecutive < 1 || consecutive > Ramp.WEEKS) {
      throw new InvalidInput("consecutiveWeeks", "is 1 to " + Ramp.WEEKS);
    }
    List<String> items = new ArrayList<>();
    for (Double t : weekly) {
      items.add(t == null ? "" : String.valueOf(t));
    }
    this.targets = String.join(",", items);
    this.consecutiveWeeks = consecutive;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  /** The targets by week on the floor. */
  public Map<Integer, Double> byWeek() {
    Map<Integer, Double> byWeek = new TreeMap<>();
    String[] items = targets.split(",", -1);
    for (int i = 0; i < items.length; i++) {
      if (!items[i].isEmpty()) {
        byWeek.put(i + 1, Double.valueOf(items[i]));
      }
    }
    return byWeek;
  }

  /** The 12 weeks' targets in order (null: none that week). */
  public List<Double> weekly() {
    List<Double> weekly = new ArrayList<>();
    Map<Integer, Double> byWeek = byWeek();
    for (int w = 1; w <= Ramp.WEEKS; w++) {
      weekly.add(byWeek.get(w));
    }
    return weekly;
  }

  public Kpi kpi() {
    return kpi;
  }

  public int consecutiveWeeks() {
    return consecutiveWeeks;
  }

  public long version() {
    return version;
  }

  @Override
  public String auditId() {
    return kpi.name();
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("targets", targets);
    s.put("consecutiveWeeks", consecutiveWeeks);
    return s;
  }
}
