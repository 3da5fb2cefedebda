package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.floorready.application.entity.ApplicationStage;

/**
 * Time in stage: how long applications stayed in each stage before they left it, over the stage
 * exits of the period — to the hour: the database counts exits per stage and whole hour spent (a
 * hash aggregate, no sort of a million rows), and the percentiles are taken over those counts.
 */
public final class StageTimeReport {
  public static final String DEFINITION =
      "Every move out of a stage during the period (by the day of the move, in your time zone):"
          + " days from entering the stage to leaving it, counted to the hour. Median and 90th"
          + " percentile interpolate between the closest ranks. Applications still in a stage"
          + " are not counted until they leave it.";

  private StageTimeReport() {}

  public static Report of(Connection db, Scope scope, Instant now) {
    Query q =
        new Query(
                "select sc.from_stage, sc.seconds_in_stage / 3600, count(*) from stage_change sc"
                    + (scope.teamIds() == null
                        ? ""
                        : " join requisition r on r.id = sc.requisition_id")
                    + (!scope.sourced() ? "" : " join application a on a.id = sc.application_id"))
            .and("sc.at >= ?", scope.start())
            .and("sc.at < ?", scope.end())
            .and("sc.seconds_in_stage is not null")
            .scoped(scope, "r.team_id", "sc.requisition_id", null);
    q.sourced(scope);
    q.then("group by 1, 2");
    Map<String, TreeMap<Long, Long>> hours = new HashMap<>();
    for (Object[] row :
        q.list(db, r -> new Object[] {r.getString(1), r.getLong(2), r.getLong(3)})) {
      hours
          .computeIfAbsent((String) row[0], k -> new TreeMap<>())
          .merge((Long) row[1], (Long) row[2], Long::sum);
    }
    List<List<Object>> rows = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<Double> medians = new ArrayList<>();
    List<Double> p90s = new ArrayList<>();
    long exits = 0;
    for (ApplicationStage stage : FunnelReport.STAGES) {
      TreeMap<Long, Long> counts = hours.get(stage.name());
      if (counts == null) {
        continue;
      }
      long n = counts.values().stream().mapToLong(Long::longValue).sum();
      exits += n;
      Double median = days(Distribution.percentile(counts, 0.5));
      Double p90 = days(Distribution.percentile(counts, 0.9));
      rows.add(List.of(stage.label(), n, median, p90));
      categories.add(stage.label());
      medians.add(median);
      p90s.add(p90);
    }
    return Report.of(
        "time-in-stage",
        "Time in stage",
        DEFINITION,
        scope,
        now,
        List.of(new Report.Figure("Moves out of a stage", (double) exits, null)),
        new Report.Chart(
            "bar",
            "Stage",
            "Days",
            categories,
            List.of(
                new Report.Series("Median days", medians),
                new Report.Series("90th percentile", p90s))),
        new Report.Table(
            List.of("Stage", "Left the stage", "Median days", "90th percentile (days)"), rows));
  }

  private static Double days(double hours) {
    return Distribution.round(hours / 24.0);
  }
}
