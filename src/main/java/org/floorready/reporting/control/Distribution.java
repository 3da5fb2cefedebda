package org.floorready.reporting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Durations in days summarised: how many, the median and the 90th percentile (linear interpolation
 * between the closest ranks, as spreadsheets' PERCENTILE.INC and SQL's percentile_cont compute
 * them), and how many fall into each bucket.
 */
public record Distribution(int count, Double median, Double p90, List<Bucket> buckets) {

  /** A range of days (up to null: open-ended) and how many durations fall in it. */
  public record Bucket(String label, int from, Integer to, int count) {}

  private static final int[][] RANGES = {{0, 7}, {8, 14}, {15, 30}, {31, 60}, {61, 90}};

  public static Distribution of(double[] days) {
    List<Bucket> buckets = new ArrayList<>();
    for (int[] r : RANGES) {
      int n = 0;
      for (double d : days) {
        if (Math.floor(d) >= r[0] && Math.floor(d) <= r[1]) {
          n++;
        }
      }
      buckets.add(new Bucket(r[0] + "–" + r[1] + " days", r[0], r[1], n));
    }
    int over = 0;
    for (double d : days) {
      if (Math.floor(d) > 90) {
        over++;
      }
    }
    buckets.add(new Bucket("over 90 days", 91, null, over));
    if (days.length == 0) {
      return new Distribution(0, null, null, buckets);
    }
    Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
    p.setData(days);
    return new Distribution(days.length, round(p.evaluate(50)), round(p.evaluate(90)), buckets);
  }

  /**
   * A percentile (0 to 1) of values given as value → how many times it occurs, interpolated as
   * {@link #of} does (the same answer as over the values written out one by one).
   */
  public static double percentile(java.util.SortedMap<Long, Long> counts, double p) {
    long n = counts.values().stream().mapToLong(Long::longValue).sum();
    double h = (n - 1) * p;
    long below = (long) Math.floor(h);
    Long lower = null;
    Long upper = null;
    long seen = 0;
    for (Map.Entry<Long, Long> e : counts.entrySet()) {
      if (lower == null && below < seen + e.getValue()) {
        lower = e.getKey();
      }
      if (below + 1 < seen + e.getValue()) {
        upper = e.getKey();
        break;
      }
      seen += e.getValue();
    }
    upper = upper == null ? lower : upper;
    return lower + (h - below) * (upper - lower);
  }

  /** One decimal, as the reports show it. */
  public static Double round(Double value) {
    return value == null ? null : Math.round(value * 10) / 10.0;
  }
}
