package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Time to fill an opening and time to hire an applicant: median, 90th percentile, spread. */
public final class TimeReports {
  public static final String TIME_TO_FILL =
      "Openings filled in the period (by fill date, in your time zone): days from the opening being"
          + " opened (the requisition's approval) to it being filled. Median and 90th percentile"
          + " interpolate between the closest ranks.";
  public static final String TIME_TO_HIRE =
      "Applicants who accepted an offer in the period: days from applying to accepting the offer."
          + " Median and 90th percentile interpolate between the closest ranks.";

  private TimeReports() {}

  public static Report timeToFill(Connection db, Scope scope, Instant now) {
    Query q =
        new Query(
                "select r.title, t.name, o.number, o.opened_at, o.filled_at from opening o"
                    + " join requisition r on r.id = o.requisition_id join team t on t.id = r.team_id")
            .and("o.filled_at >= ?", scope.start())
            .and("o.filled_at < ?", scope.end())
            .and("o.opened_at is not null")
            .scoped(scope, "r.team_id", "r.id", null)
            .then("order by o.filled_at, r.id, o.number");
    return of(
        "time-to-fill",
        "Time to fill",
        TIME_TO_FILL,
        scope,
        now,
        "Openings filled",
        "time to fill",
        durations(db, q, scope.zone()),
        List.of("Requisition", "Team", "Opening", "Opened", "Filled", "Days to fill"));
  }

  public static Report timeToHire(Connection db, Scope scope, Instant now) {
    Query q =
        new Query(
                "select r.title, t.name, coalesce(s.name, '"
                    + SourceReport.NO_SOURCE
                    + "'), a.applied_at, a.offer_accepted_at"
                    + " from application a join requisition r on r.id = a.requisition_id"
                    + " join team t on t.id = r.team_id"
                    + SourceReport.JOIN)
            .and("a.offer_accepted_at >= ?", scope.start())
            .and("a.offer_accepted_at < ?", scope.end())
            .scoped(scope, "r.team_id", "a.requisition_id", null);
    q.sourced(scope);
    q.then("order by a.offer_accepted_at, a.id");
    return of(
        "time-to-hire",
        "Time to hire",
        TIME_TO_HIRE,
        scope,
        now,
        "Offers accepted",
        "time to hire",
        durations(db, q, scope.zone()),
        List.of("Requisition", "Team", "Source", "Applied", "Accepted", "Days to hire"));
  }

  /**
   * Rows of three labels, then the start and the end of a duration: each as the labels, the two
   * days (in the zone) and the days between, to one decimal.
   */
  private static List<List<Object>> durations(Connection db, Query q, ZoneId zone) {
    return q.list(
        db,
        r -> {
          Instant from = Query.instant(r, 4);
          Instant to = Query.instant(r, 5);
          return List.of(
              r.getObject(1),
              r.getObject(2),
              r.getObject(3),
              day(from, zone),
              day(to, zone),
              days(from, to));
        });
  }

  private static Report of(
      String name,
      String title,
      String definition,
      Scope scope,
      Instant now,
      String counted,
      String measure,
      List<List<Object>> rows,
      List<String> columns) {
    Distribution d =
        Distribution.of(rows.stream().mapToDouble(row -> (Double) row.get(5)).toArray());
    return Report.of(
        name,
        title,
        definition,
        scope,
        now,
        List.of(
            new Report.Figure(counted, (double) d.count(), null),
            new Report.Figure("Median " + measure, d.median(), "days"),
            new Report.Figure("90th percentile", d.p90(), "days")),
        new Report.Chart(
            "bar",
            "Days",
            counted,
            d.buckets().stream().map(Distribution.Bucket::label).toList(),
            List.of(
                new Report.Series(
                    counted, d.buckets().stream().map(b -> (double) b.count()).toList()))),
        new Report.Table(columns, rows));
  }

  /** Days between two instants, to one decimal. */
  static double days(Instant from, Instant to) {
    return Distribution.round(Duration.between(from, to).toSeconds() / 86400.0);
  }

  static LocalDate day(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }
}
