package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
                "select r.id, r.title, t.name, o.number, o.opened_at, o.filled_at from opening o"
                    + " join requisition r on r.id = o.requisition_id join team t on t.id = r.team_id")
            .and("o.filled_at >= ?", scope.start())
            .and("o.filled_at < ?", scope.end())
            .and("o.opened_at is not null")
            .scoped(scope, "r.team_id", "r.id", null)
            .then("order by o.filled_at, r.id, o.number");
    ZoneId zone = scope.zone();
    List<List<Object>> rows = new ArrayList<>();
    List<Double> days = new ArrayList<>();
    for (Object[] o :
        q.list(
            db,
            r ->
                new Object[] {
                  r.getLong(1),
                  r.getString(2),
                  r.getString(3),
                  r.getInt(4),
                  Query.instant(r, 5),
                  Query.instant(r, 6)
                })) {
      double d = days((Instant) o[4], (Instant) o[5]);
      days.add(d);
      rows.add(List.of(o[1], o[2], o[3], day((Instant) o[4], zone), day((Instant) o[5], zone), d));
    }
    return of(
        "time-to-fill",
        "Time to fill",
        TIME_TO_FILL,
        scope,
        now,
        "Openings filled",
        "time to fill",
        days,
        new Report.Table(
            List.of("Requisition", "Team", "Opening", "Opened", "Filled", "Days to fill"), rows));
  }

  public static Report timeToHire(Connection db, Scope scope, Instant now) {
    Query q =
        new Query(
                "select r.title, t.name, a.source, a.applied_at, a.offer_accepted_at"
                    + " from application a join requisition r on r.id = a.requisition_id"
                    + " join team t on t.id = r.team_id")
            .and("a.offer_accepted_at >= ?", scope.start())
            .and("a.offer_accepted_at < ?", scope.end())
            .scoped(scope, "r.team_id", "a.requisition_id", null);
    if (scope.source() != null) {
      q.and("a.source = ?", scope.source());
    }
    q.then("order by a.offer_accepted_at, a.id");
    List<List<Object>> rows = new ArrayList<>();
    List<Double> days = new ArrayList<>();
    for (Object[] o :
        q.list(
            db,
            r ->
                new Object[] {
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  Query.instant(r, 4),
                  Query.instant(r, 5)
                })) {
      double d = days((Instant) o[3], (Instant) o[4]);
      days.add(d);
      rows.add(
          List.of(
              o[0],
              o[1],
              o[2],
              day((Instant) o[3], scope.zone()),
              day((Instant) o[4], scope.zone()),
              d));
    }
    return of(
        "time-to-hire",
        "Time to hire",
        TIME_TO_HIRE,
        scope,
        now,
        "Offers accepted",
        "time to hire",
        days,
        new Report.Table(
            List.of("Requisition", "Team", "Source", "Applied", "Accepted", "Days to hire"), rows));
  }

  private static Report of(
      String name,
      String title,
      String definition,
      Scope scope,
      Instant now,
      String counted,
      String measure,
      List<Double> days,
      Report.Table table) {
    Distribution d = Distribution.of(days.stream().mapToDouble(Double::doubleValue).toArray());
    return new Report(
        name,
        title,
        definition,
        scope.from(),
        scope.to(),
        scope.zone().getId(),
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
        table);
  }

  /** Days between two instants, to one decimal. */
  static double days(Instant from, Instant to) {
    return Distribution.round(Duration.between(from, to).toSeconds() / 86400.0);
  }

  static LocalDate day(Instant at, ZoneId zone) {
    return LocalDate.ofInstant(at, zone);
  }
}
