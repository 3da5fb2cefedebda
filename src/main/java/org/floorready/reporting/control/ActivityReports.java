package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/** Offers (acceptance) and interviews (load, no-shows, scorecard turnaround). */
public final class ActivityReports {
  public static final String OFFERS =
      "Offers sent in the period (a replaced offer counts once, as its replacement). Acceptance"
          + " rate = accepted ÷ (accepted + declined + lapsed); offers still out and offers"
          + " withdrawn by us are not in it.";
  public static final String INTERVIEWS =
      "Interviews that started (or were to start) in the period, cancelled ones left out. Load:"
          + " interviews each interviewer sat in. No-show rate = no-shows ÷ (held + no-shows)."
          + " Scorecard turnaround: hours from the interview's end to each scorecard.";

  private ActivityReports() {}

  public static Report offers(Connection db, Scope scope, Instant now) {
    Query q =
        new Query(
                "select r.title || ' (#' || cast(r.id as varchar(20)) || ')', o.status, count(*)"
                    + " from offer o join requisition r on r.id = o.requisition_id"
                    + " join application a on a.id = o.application_id")
            .and("o.sent_at >= ?", scope.start())
            .and("o.sent_at < ?", scope.end())
            .and("o.status <> 'SUPERSEDED'")
            .scoped(scope, "r.team_id", "o.requisition_id", null);
    q.sourced(scope);
    q.then("group by r.id, r.title, o.status order by r.title, r.id");
    Map<String, long[]> perRequisition = new LinkedHashMap<>();
    // sent, accepted, declined, lapsed, withdrawn, still out
    for (Object[] row :
        q.list(db, r -> new Object[] {r.getString(1), r.getString(2), r.getLong(3)})) {
      long[] c = perRequisition.computeIfAbsent((String) row[0], k -> new long[6]);
      long n = (Long) row[2];
      c[0] += n;
      switch ((String) row[1]) {
        case "ACCEPTED" -> c[1] += n;
        case "DECLINED" -> c[2] += n;
        case "LAPSED" -> c[3] += n;
        case "WITHDRAWN" -> c[4] += n;
        default -> c[5] += n;
      }
    }
    long[] all = new long[6];
    List<List<Object>> rows = new ArrayList<>();
    List<String> categories = new ArrayList<>();
    List<Double> accepted = new ArrayList<>();
    List<Double> declined = new ArrayList<>();
    for (Map.Entry<String, long[]> e : perRequisition.entrySet()) {
      long[] c = e.getValue();
      for (int i = 0; i < 6; i++) {
        all[i] += c[i];
      }
      rows.add(
          List.of(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], FunnelReport.blank(rate(c))));
      categories.add(e.getKey());
      accepted.add((double) c[1]);
      declined.add((double) (c[2] + c[3]));
    }
    return Report.of(
        "offers",
        "Offer acceptance",
        OFFERS,
        scope,
        now,
        List.of(
            new Report.Figure("Offers sent", (double) all[0], null),
            new Report.Figure("Accepted", (double) all[1], null),
            new Report.Figure("Acceptance rate", rate(all), "%")),
        new Report.Chart(
            "bar",
            "Requisition",
            "Offers",
            categories,
            List.of(
                new Report.Series("Accepted", accepted),
                new Report.Series("Declined or lapsed", declined))),
        new Report.Table(
            List.of(
                "Requisition",
                "Sent",
                "Accepted",
                "Declined",
                "Lapsed",
                "Withdrawn",
                "Still out",
                "Acceptance rate (%)"),
            rows));
  }

  private static Double rate(long[] c) {
    return FunnelReport.percent(c[1], c[1] + c[2] + c[3]);
  }

  public static Report interviews(Connection db, Scope scope, Instant now) {
    String from =
        " from interview i join application a on a.id = i.application_id"
            + " join requisition r on r.id = a.requisition_id";
    Query seats =
        scoped(
            new Query(
                "select u.display_name, i.status, count(*)"
                    + from
                    + " join interview_seat s on s.interview_id = i.id"
                    + " join app_user u on u.id = s.user_id"),
            scope);
    seats.then("group by u.id, u.display_name, i.status order by u.display_name");
    Map<String, long[]> load = new LinkedHashMap<>(); // interviews, held, no-shows
    for (Object[] row :
        seats.list(db, r -> new Object[] {r.getString(1), r.getString(2), r.getLong(3)})) {
      long[] c = load.computeIfAbsent((String) row[0], k -> new long[3]);
      long n = (Long) row[2];
      c[0] += n;
      if ("COMPLETED".equals(row[1])) {
        c[1] += n;
      } else if ("NO_SHOW".equals(row[1])) {
        c[2] += n;
      }
    }
    Query statuses = scoped(new Query("select i.status, count(*)" + from), scope);
    statuses.then("group by i.status");
    long held = 0;
    long noShows = 0;
    long total = 0;
    for (Object[] row : statuses.list(db, r -> new Object[] {r.getString(1), r.getLong(2)})) {
      long n = (Long) row[1];
      total += n;
      held += "COMPLETED".equals(row[0]) ? n : 0;
      noShows += "NO_SHOW".equals(row[0]) ? n : 0;
    }
    Query cards =
        scoped(
            new Query(
                "select u.display_name, (extract(epoch from sc.submitted_at)"
                    + " - extract(epoch from i.ends_at)) / 3600.0"
                    + from
                    + " join scorecard sc on sc.interview_id = i.id"
                    + " join app_user u on u.id = sc.interviewer_id"),
            scope);
    Map<String, List<Double>> turnaround = new LinkedHashMap<>();
    List<Double> allHours = new ArrayList<>();
    for (Object[] row : cards.list(db, r -> new Object[] {r.getString(1), r.getDouble(2)})) {
      turnaround.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add((Double) row[1]);
      allHours.add((Double) row[1]);
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Map.Entry<String, long[]> e : load.entrySet()) {
      List<Double> hours = turnaround.getOrDefault(e.getKey(), List.of());
      rows.add(
          List.of(
              e.getKey(),
              e.getValue()[0],
              e.getValue()[1],
              e.getValue()[2],
              hours.size(),
              FunnelReport.blank(median(hours))));
    }
    return Report.of(
        "interviews",
        "Interviews",
        INTERVIEWS,
        scope,
        now,
        List.of(
            new Report.Figure("Interviews", (double) total, null),
            new Report.Figure("No-show rate", FunnelReport.percent(noShows, held + noShows), "%"),
            new Report.Figure("Median scorecard turnaround", median(allHours), "hours")),
        new Report.Chart(
            "bar",
            "Interviewer",
            "Interviews",
            rows.stream().map(r -> (String) r.get(0)).toList(),
            List.of(
                new Report.Series(
                    "Interviews", load.values().stream().map(c -> (double) c[0]).toList()))),
        new Report.Table(
            List.of(
                "Interviewer",
                "Interviews",
                "Held",
                "No-shows",
                "Scorecards",
                "Median hours to scorecard"),
            rows));
  }

  private static Query scoped(Query q, Scope scope) {
    q.and("i.starts_at >= ?", scope.start())
        .and("i.starts_at < ?", scope.end())
        .and("i.status <> 'CANCELLED'")
        .scoped(scope, "r.team_id", "a.requisition_id", null);
    q.sourced(scope);
    return q;
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    Percentile p = new Percentile().withEstimationType(EstimationType.R_7);
    p.setData(values.stream().mapToDouble(Double::doubleValue).toArray());
    return Distribution.round(p.evaluate(50));
  }
}
