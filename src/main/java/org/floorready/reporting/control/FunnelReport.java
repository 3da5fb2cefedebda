package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.application.entity.ApplicationStage;

/**
 * The funnel of the applications that came in during the period: how many reached each stage
 * (reaching a later stage counts for every stage before it), the conversion from the stage before
 * and from Applied. Optionally broken down by recruiting source, intake channel, requisition or
 * team.
 */
public final class FunnelReport {
  public static final String DEFINITION =
      "Applications received in the period (by application date, in your time zone). Reached: how"
          + " many got to the stage or further, whatever came after (a rejection after the manager"
          + " interview still counts as reaching it). Conversion: reached ÷ reached at the stage"
          + " before, and ÷ applications. A pipeline's own stages are not ranked; time spent in"
          + " each stage is its own report.";

  static final List<ApplicationStage> STAGES =
      List.of(
          ApplicationStage.APPLIED,
          ApplicationStage.SCREEN,
          ApplicationStage.PHONE_INTERVIEW,
          ApplicationStage.MOCK_SALES_CALL,
          ApplicationStage.MANAGER_INTERVIEW,
          ApplicationStage.OFFER,
          ApplicationStage.HIRED);

  /** What to break the funnel down by. */
  public enum By {
    NONE,
    SOURCE,
    CHANNEL,
    REQUISITION,
    TEAM
  }

  private FunnelReport() {}

  public static Report of(Connection db, Scope scope, By by, Instant now) {
    String group =
        switch (by) {
          case NONE -> "'All'";
          case SOURCE -> "coalesce(s.name, '" + SourceReport.NO_SOURCE + "')";
          case CHANNEL -> "a.source";
          case REQUISITION -> "r.title || ' (#' || cast(r.id as varchar(20)) || ')'";
          case TEAM -> "t.name";
        };
    Query q =
        new Query(
                "select "
                    + group
                    + ", a.furthest_stage, count(*) from application a"
                    + " join requisition r on r.id = a.requisition_id"
                    + (by == By.TEAM ? " join team t on t.id = r.team_id" : "")
                    + (by == By.SOURCE ? SourceReport.JOIN : ""))
            .and("a.applied_at >= ?", scope.start())
            .and("a.applied_at < ?", scope.end())
            .scoped(scope, "r.team_id", "a.requisition_id", null);
    q.sourced(scope);
    q.then("group by 1, 2");
    Map<String, long[]> reached = new LinkedHashMap<>();
    for (Object[] row :
        q.list(db, r -> new Object[] {r.getString(1), r.getString(2), r.getLong(3)})) {
      long[] counts = reached.computeIfAbsent((String) row[0], g -> new long[STAGES.size()]);
      int furthest = Math.max(0, ApplicationStage.funnelRank((String) row[1]));
      for (int i = 0; i <= furthest; i++) {
        counts[i] += (Long) row[2];
      }
    }
    long[] all = new long[STAGES.size()];
    reached.values().forEach(c -> add(all, c));

    List<Report.Figure> figures = new ArrayList<>();
    figures.add(new Report.Figure("Applications", (double) all[0], null));
    figures.add(new Report.Figure("Hired", (double) all[STAGES.size() - 1], null));
    figures.add(new Report.Figure("Applied → hired", percent(all[STAGES.size() - 1], all[0]), "%"));
    List<String> labels = STAGES.stream().map(ApplicationStage::label).toList();
    Report.Table table;
    Report.Chart chart;
    if (by == By.NONE) {
      List<List<Object>> rows = new ArrayList<>();
      for (int i = 0; i < STAGES.size(); i++) {
        rows.add(
            List.of(
                labels.get(i),
                all[i],
                i == 0 ? "" : blank(percent(all[i], all[i - 1])),
                blank(percent(all[i], all[0]))));
      }
      table =
          new Report.Table(
              List.of("Stage", "Reached", "From the stage before (%)", "From applied (%)"), rows);
      chart = byStage(labels, List.of(new Report.Series("Reached", doubles(all))));
    } else {
      List<String> columns = new ArrayList<>();
      columns.add(by.name().charAt(0) + by.name().substring(1).toLowerCase());
      columns.addAll(labels);
      columns.add("Applied → hired (%)");
      List<List<Object>> rows = new ArrayList<>();
      List<Report.Series> series = new ArrayList<>();
      for (Map.Entry<String, long[]> e : reached.entrySet()) {
        List<Object> row = new ArrayList<>();
        row.add(e.getKey());
        for (long n : e.getValue()) {
          row.add(n);
        }
        row.add(blank(percent(e.getValue()[STAGES.size() - 1], e.getValue()[0])));
        rows.add(row);
        series.add(new Report.Series(e.getKey(), doubles(e.getValue())));
      }
      rows.sort((x, y) -> Long.compare((Long) y.get(1), (Long) x.get(1)));
      table = new Report.Table(columns, rows);
      chart = byStage(labels, series.subList(0, Math.min(8, series.size())));
    }
    return Report.of("funnel", "Funnel", DEFINITION, scope, now, figures, chart, table);
  }

  private static Report.Chart byStage(List<String> labels, List<Report.Series> series) {
    return new Report.Chart("bar", "Stage", "Applications", labels, series);
  }

  static Double percent(long part, long whole) {
    return whole == 0 ? null : Distribution.round(100.0 * part / whole);
  }

  static Object blank(Double value) {
    return value == null ? "" : value;
  }

  private static void add(long[] into, long[] counts) {
    for (int i = 0; i < into.length; i++) {
      into[i] += counts[i];
    }
  }

  private static List<Double> doubles(long[] counts) {
    List<Double> values = new ArrayList<>();
    for (long n : counts) {
      values.add((double) n);
    }
    return values;
  }
}
