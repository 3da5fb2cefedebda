package org.floorready.quality.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Compares groups of agents (by source, class, trainer…) on one KPI: each group's mean against
 * everyone else's (or one named group against another), with a 95 % Welch t-interval for the
 * difference (Apache Commons Math). Groups of fewer than {@value #ENOUGH} people, or compared with
 * fewer than that, are shown with their size and marked as not enough data.
 */
public final class Comparison {
  public static final int ENOUGH = 10;

  private Comparison() {}

  /** One group: its size and mean, and the difference to the rest with its interval. */
  public record Group(
      String name,
      int people,
      Double mean,
      Double difference,
      Double low,
      Double high,
      String says) {}

  /** {@code values}: each person's value by the groups they belong to. */
  public static List<Group> of(
      Map<String, List<Double>> values, boolean higherIsBetter, String unit) {
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, List<Double>> g : values.entrySet()) {
      List<Double> others = new ArrayList<>();
      values.forEach(
          (name, v) -> {
            if (!name.equals(g.getKey())) {
              others.addAll(v);
            }
          });
      groups.add(between(g.getKey(), g.getValue(), others, higherIsBetter, unit, "the rest"));
    }
    return groups;
  }

  /**
   * One group against another named one (those who met a criterion against those who did not): the
   * group's size and mean, and its difference to the other with a 95 % Welch interval.
   */
  public static Group between(
      String name,
      List<Double> group,
      List<Double> other,
      boolean higherIsBetter,
      String unit,
      String otherName) {
    SummaryStatistics in = stats(group);
    SummaryStatistics rest = stats(other);
    Double mean = in.getN() == 0 ? null : round(in.getMean());
    if (in.getN() < ENOUGH || rest.getN() < ENOUGH) {
      String says =
          in.getN() < ENOUGH
              ? "not enough data (" + in.getN() + " of " + ENOUGH + " needed)"
              : rest.getN() == 0
                  ? "nobody to compare with"
                  : "not enough data in " + otherName + " (" + rest.getN() + " of " + ENOUGH + ")";
      return new Group(name, (int) in.getN(), mean, null, null, null, says);
    }
    double diff = in.getMean() - rest.getMean();
    double va = in.getVariance() / in.getN();
    double vb = rest.getVariance() / rest.getN();
    double se = Math.sqrt(va + vb);
    double df =
        se == 0
            ? in.getN() + rest.getN() - 2
            : Math.pow(va + vb, 2) / (va * va / (in.getN() - 1) + vb * vb / (rest.getN() - 1));
    double t = new TDistribution(Math.max(1, df)).inverseCumulativeProbability(0.975);
    double low = diff - t * se;
    double high = diff + t * se;
    String says;
    if (low > 0 || high < 0) {
      boolean better = (diff > 0) == higherIsBetter;
      says =
          String.format(
              java.util.Locale.ROOT,
              "%s by %.1f%s than %s (95 %% CI %.1f to %.1f): %s",
              diff > 0 ? "higher" : "lower",
              Math.abs(diff),
              unit,
              otherName,
              round(low),
              round(high),
              better ? "better" : "worse");
    } else {
      says =
          String.format(
              java.util.Locale.ROOT,
              "no clear difference (95 %% CI %.1f to %.1f)",
              round(low),
              round(high));
    }
    return new Group(name, (int) in.getN(), mean, round(diff), round(low), round(high), says);
  }

  /** Groups values by name, keeping the order they came in. */
  public static Map<String, List<Double>> collect(List<Map.Entry<String, Double>> pairs) {
    Map<String, List<Double>> values = new LinkedHashMap<>();
    pairs.forEach(
        p -> values.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(p.getValue()));
    return values;
  }

  private static SummaryStatistics stats(List<Double> values) {
    SummaryStatistics s = new SummaryStatistics();
    values.forEach(s::addValue);
    return s;
  }

  /** To one decimal, never "-0.0". */
  private static Double round(double v) {
    return Math.round(v * 10) / 10.0 + 0.0;
  }
}
