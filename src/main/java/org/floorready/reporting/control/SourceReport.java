package org.floorready.reporting.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.candidate.entity.RecruitingSource.CostModel;

/**
 * Source effectiveness: per recruiting source, the applications of the period, the hires among
 * them, what the source cost and the 90-day survival of those hires.
 */
public final class SourceReport {
  public static final String NO_SOURCE = "No source recorded";

  /** Joins an application {@code a} to its person's recruiting source {@code s} (maybe none). */
  static final String JOIN =
      " join candidate ca on ca.id = a.candidate_id"
          + " left join recruiting_source s on s.id = ca.recruiting_source_id";

  public static final String DEFINITION =
      "Applications received in the period (by application date, in your time zone), by the"
          + " source that found the person (set from a careers link, the upload form or by a"
          + " recruiter). Hires: those applications that reached Hired by now. Cost: per applicant"
          + " × applications, per hire × hires, or the monthly fee for the days of the period"
          + " (each calendar month in proportion to its days, from the source's cost start until it"
          + " was retired; a monthly fee is the whole company's, also when the report is limited"
          + " to a team). Cost per hire = cost ÷ hires. 90-day survival: of those hires hired at"
          + " least 90 days ago, the share who had not resigned or been released before day 90.";

  private SourceReport() {}

  /** One source's line: its cost terms and what it brought. */
  private static final class Line {
    final String name;
    final CostModel model;
    final BigDecimal amount;
    final LocalDate since;
    final LocalDate retiredOn;
    long applications;
    long hires;
    final OnboardingReports.Cohort survival;

    Line(String name, CostModel model, BigDecimal amount, LocalDate since, LocalDate retiredOn) {
      this.name = name;
      this.model = model;
      this.amount = amount;
      this.since = since;
      this.retiredOn = retiredOn;
      this.survival = new OnboardingReports.Cohort(name, null);
    }

    BigDecimal cost(Scope scope) {
      return model.cost(amount, since, retiredOn, scope.from(), scope.to(), applications, hires);
    }

    boolean shown(Scope scope) {
      return applications > 0 || cost(scope).signum() > 0;
    }
  }

  public static Report of(Connection db, Scope scope, LocalDate today, Instant now) {
    Map<Long, Line> lines = new LinkedHashMap<>();
    Query sources =
        new Query(
                "select s.id, s.name, s.cost_model, s.cost_amount, s.cost_since, s.retired_on"
                    + " from recruiting_source s")
            .then("order by lower(s.name), s.id");
    if (scope.sourceId() != null) {
      sources.and("s.id = ?", scope.sourceId());
    }
    for (Object[] row :
        sources.list(
            db,
            r ->
                new Object[] {
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getBigDecimal(4),
                  Query.day(r, 5),
                  Query.day(r, 6)
                })) {
      lines.put(
          (Long) row[0],
          new Line(
              (String) row[1],
              CostModel.valueOf((String) row[2]),
              (BigDecimal) row[3],
              (LocalDate) row[4],
              (LocalDate) row[5]));
    }
    Line unknown = new Line(NO_SOURCE, CostModel.NONE, BigDecimal.ZERO, scope.from(), null);
    Query counts =
        periodApplications(
                "select s.id, count(*), sum(case when a.furthest_stage = 'HIRED' then 1 else 0"
                    + " end) from application a",
                scope)
            .then("group by s.id");
    for (Object[] row :
        counts.list(
            db,
            r -> new Object[] {(Long) r.getObject(1, Long.class), r.getLong(2), r.getLong(3)})) {
      Line line = row[0] == null ? unknown : lines.get(row[0]);
      line.applications += (Long) row[1];
      line.hires += (Long) row[2];
    }
    Query hires =
        periodApplications(
            "select s.id, n.status, n.status_on, n.hired_at from application a"
                + " join new_hire n on n.application_id = a.id",
            scope);
    for (Object[] row :
        hires.list(
            db,
            r ->
                new Object[] {
                  r.getObject(1, Long.class), r.getString(2), Query.day(r, 3), Query.instant(r, 4)
                })) {
      Line line = row[0] == null ? unknown : lines.get(row[0]);
      String status = (String) row[1];
      boolean left = "RESIGNED".equals(status) || "RELEASED".equals(status);
      line.survival.add(
          status,
          LocalDate.ofInstant((Instant) row[3], scope.zone()),
          left ? (LocalDate) row[2] : null,
          today);
    }
    List<Line> shown = new ArrayList<>();
    lines.values().stream().filter(l -> l.shown(scope)).forEach(shown::add);
    if (unknown.applications > 0) {
      shown.add(unknown);
    }
    long applications = 0;
    long hired = 0;
    BigDecimal cost = BigDecimal.ZERO;
    OnboardingReports.Cohort all = new OnboardingReports.Cohort("All", null);
    List<List<Object>> rows = new ArrayList<>();
    for (Line l : shown) {
      BigDecimal c = l.cost(scope);
      applications += l.applications;
      hired += l.hires;
      cost = cost.add(c);
      all.merge(l.survival);
      rows.add(
          List.of(
              l.name,
              l.applications,
              l.hires,
              FunnelReport.blank(FunnelReport.percent(l.hires, l.applications)),
              c.doubleValue(),
              FunnelReport.blank(perHire(c, l.hires)),
              FunnelReport.blank(l.survival.survival(2))));
    }
    Double costPerHire = perHire(cost, hired);
    return Report.of(
        "sources",
        "Source effectiveness",
        DEFINITION,
        scope,
        now,
        List.of(
            new Report.Figure("Applications", (double) applications, null),
            new Report.Figure("Hires", (double) hired, null),
            new Report.Figure("Cost", cost.doubleValue(), "USD"),
            new Report.Figure("Cost per hire", costPerHire, "USD"),
            new Report.Figure("90-day survival", all.survival(2), "%")),
        new Report.Chart(
            "bar",
            "Source",
            "Applications",
            shown.stream().map(l -> l.name).toList(),
            List.of(
                new Report.Series(
                    "Applications", shown.stream().map(l -> (double) l.applications).toList()),
                new Report.Series("Hires", shown.stream().map(l -> (double) l.hires).toList()))),
        new Report.Table(
            List.of(
                "Source",
                "Applications",
                "Hires",
                "Hire rate (%)",
                "Cost (USD)",
                "Cost per hire (USD)",
                "90-day survival (%)"),
            rows));
  }

  private static Query periodApplications(String select, Scope scope) {
    return new Query(select + " join requisition r on r.id = a.requisition_id" + JOIN)
        .and("a.applied_at >= ?", scope.start())
        .and("a.applied_at < ?", scope.end())
        .scoped(scope, "r.team_id", "a.requisition_id", null)
        .sourced(scope);
  }

  private static Double perHire(BigDecimal cost, long hires) {
    return hires == 0
        ? null
        : cost.divide(BigDecimal.valueOf(hires), 2, RoundingMode.HALF_UP).doubleValue();
  }
}
