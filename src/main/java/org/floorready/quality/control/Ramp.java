package org.floorready.quality.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * The ramp on the floor: a group's KPI per week on the floor (median and the middle half, as
 * PERCENTILE.INC), and when a person reached proficiency — the first week that ends a run of the
 * required number of consecutive weeks on the floor each meeting that week's target.
 */
public final class Ramp {
  public static final int WEEKS = 12;

  private Ramp() {}

  /** One week on the floor of a group: how many reported, the median and quartiles. */
  public record Point(int week, int people, Double median, Double p25, Double p75, Double target) {}

  /** The curve over weeks 1 to {@value #WEEKS}; {@code targets} by week (missing: none). */
  public static List<Point> curve(
      List<List<KpiWeeks.Week>> people, Kpi kpi, Map<Integer, Double> targets) {
    Map<Integer, List<Double>> byWeek = new TreeMap<>();
    for (List<KpiWeeks.Week> person : people) {
      for (KpiWeeks.Week w : person) {
        Double v = kpi.of(w);
        if (v != null
            && w.weekOnFloor() != null
            && w.weekOnFloor() >= 1
            && w.weekOnFloor() <= WEEKS) {
          byWeek.computeIfAbsent(w.weekOnFloor(), k -> new ArrayList<>()).add(v);
        }
      }
    }
    List<Point> points = new ArrayList<>();
    for (int week = 1; week <= WEEKS; week++) {
      List<Double> values = byWeek.getOrDefault(week, List.of());
      Double target = targets.get(week);
      if (values.isEmpty()) {
        points.add(new Point(week, 0, null, null, null, target));
        continue;
      }
      Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
      p.setData(values.stream().mapToDouble(Double::doubleValue).toArray());
      points.add(
          new Point(
              week,
              values.size(),
              round(p.evaluate(50)),
              round(p.evaluate(25)),
              round(p.evaluate(75)),
              target));
    }
    return points;
  }

  /**
   * The week on the floor at which the person became proficient in the KPI: the last week of the
   * first run of {@code consecutive} weeks in a row (by week number; a week not reported breaks the
   * run) that each meet their target. Null: not (yet), or no targets.
   */
  public static Integer proficientAt(
      List<KpiWeeks.Week> weeks, Kpi kpi, Map<Integer, Double> targets, int consecutive) {
    int run = 0;
    Integer previous = null;
    for (KpiWeeks.Week w : weeks) {
      Integer week = w.weekOnFloor();
      if (week == null || week < 1) {
        continue;
      }
      Double value = kpi.of(w);
      Double target = targets.get(Math.min(week, WEEKS));
      boolean met = value != null && target != null && kpi.meets(value, target);
      run = met ? (previous != null && previous == week - 1 ? run + 1 : 1) : 0;
      previous = met ? week : null;
      if (run >= consecutive) {
        return week;
      }
    }
    return null;
  }

  private static Double round(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
