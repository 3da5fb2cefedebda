package org.floorready.reporting.control;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Licensing (exam pass rates, time to license) and training attrition with survival. */
public final class OnboardingReports {
  public static final String LICENSING =
      "Per state. First-attempt pass rate: first exam attempts with a result taken in the period,"
          + " passed ÷ taken. Time to license: days from the hire date (in your time zone) to the"
          + " license's issue date, for licenses issued in the period (licenses held at hire left"
          + " out). Speed to floor: days from the hire date to being cleared to sell (the license,"
          + " or the last carrier appointment after it; 0 for someone cleared at hire), for people"
          + " cleared today whose clearance began in the period. The figures take each person's"
          + " first license and first clearance of all states.";
  public static final String ATTRITION =
      "New-hire classes that started in the period. Resigned and released as recorded on each"
          + " person; survival at 30, 60 and 90 days = share of the people hired at least that"
          + " many days ago who had not left before that day.";
  static final int[] SURVIVAL_DAYS = {30, 60, 90};

  private OnboardingReports() {}

  public static Report licensing(Connection db, Scope scope, Instant now) {
    String from =
        " from state_license sl join licensee l on l.id = sl.licensee_id"
            + " join new_hire n on n.id = l.new_hire_id"
            + " join application a on a.id = n.application_id";
    Query exams =
        scoped(
                new Query(
                    "select sl.state, e.passed"
                        + from
                        + " join license_exam e on e.state_license_id = sl.id"),
                scope)
            .and(
                "e.attempt = (select min(e2.attempt) from license_exam e2"
                    + " where e2.state_license_id = e.state_license_id)")
            .and("e.passed is not null")
            .and("e.taken_on >= ?", scope.from())
            .and("e.taken_on <= ?", scope.to());
    if (scope.state() != null) {
      exams.and("sl.state = ?", scope.state());
    }
    Map<String, long[]> perState = new TreeMap<>(); // first attempts, passed
    for (Object[] row : exams.list(db, r -> new Object[] {r.getString(1), r.getBoolean(2)})) {
      long[] c = perState.computeIfAbsent((String) row[0], k -> new long[2]);
      c[0]++;
      c[1] += Boolean.TRUE.equals(row[1]) ? 1 : 0;
    }
    Spans licensed = spans(db, scope, false, from, "sl.license_issued_on");
    // cleared since: the license, or the last appointment after it (as the person's page says)
    Spans cleared =
        spans(
            db,
            scope,
            true,
            from + " join clearance c on c.licensee_id = sl.licensee_id and c.state = sl.state",
            "greatest(sl.license_issued_on, coalesce((select max(ap.appointed_on) from"
                + " carrier_appointment ap where ap.state_license_id = sl.id),"
                + " sl.license_issued_on))",
            "c.cleared = true");
    licensed.perState.keySet().forEach(st -> perState.computeIfAbsent(st, k -> new long[2]));
    cleared.perState.keySet().forEach(st -> perState.computeIfAbsent(st, k -> new long[2]));
    long attempts = 0;
    long passed = 0;
    List<List<Object>> rows = new ArrayList<>();
    List<Double> rates = new ArrayList<>();
    for (Map.Entry<String, long[]> e : perState.entrySet()) {
      long[] c = e.getValue();
      attempts += c[0];
      passed += c[1];
      Double rate = FunnelReport.percent(c[1], c[0]);
      rates.add(rate);
      List<Double> toLicense = licensed.perState.getOrDefault(e.getKey(), List.of());
      List<Double> toFloor = cleared.perState.getOrDefault(e.getKey(), List.of());
      rows.add(
          List.of(
              e.getKey(),
              c[0],
              c[1],
              FunnelReport.blank(rate),
              (long) toLicense.size(),
              FunnelReport.blank(ActivityReports.median(toLicense)),
              (long) toFloor.size(),
              FunnelReport.blank(ActivityReports.median(toFloor))));
    }
    return Report.of(
        "licensing",
        "Exams and licenses",
        LICENSING,
        scope,
        now,
        List.of(
            new Report.Figure("First exam attempts", (double) attempts, null),
            new Report.Figure(
                "First-attempt pass rate", FunnelReport.percent(passed, attempts), "%"),
            new Report.Figure(
                "Median time to first license",
                ActivityReports.median(new ArrayList<>(licensed.firstPerPerson.values())),
                "days"),
            new Report.Figure(
                "Median speed to floor",
                ActivityReports.median(new ArrayList<>(cleared.firstPerPerson.values())),
                "days")),
        new Report.Chart(
            "bar",
            "State",
            "First-attempt pass rate (%)",
            new ArrayList<>(perState.keySet()),
            List.of(new Report.Series("First-attempt pass rate (%)", rates))),
        new Report.Table(
            List.of(
                "State",
                "First attempts",
                "Passed first time",
                "Pass rate (%)",
                "Licenses issued",
                "Median days hire → license",
                "Cleared to sell",
                "Median days hire → cleared"),
            rows));
  }

  /** Days from hire to a dated step, per state and each person's first. */
  record Spans(Map<String, List<Double>> perState, Map<Long, Double> firstPerPerson) {}

  /**
   * The days from each person's hire (a day in the viewer's zone) to {@code day} of each of their
   * state roads where that day falls in the period. A day before the hire (a license held at hire)
   * counts as 0 when {@code fromHire}, and is left out otherwise.
   */
  private static Spans spans(
      Connection db, Scope scope, boolean fromHire, String from, String day, String... conditions) {
    Query q = scoped(new Query("select sl.state, n.id, n.hired_at, " + day + from), scope);
    for (String condition : conditions) {
      q.and(condition);
    }
    q.and(day + " >= ?", scope.from()).and(day + " <= ?", scope.to());
    if (scope.state() != null) {
      q.and("sl.state = ?", scope.state());
    }
    Spans spans = new Spans(new TreeMap<>(), new TreeMap<>());
    for (Object[] row :
        q.list(
            db,
            r ->
                new Object[] {
                  r.getString(1), r.getLong(2), Query.instant(r, 3), Query.day(r, 4)
                })) {
      double days =
          ChronoUnit.DAYS.between(
              LocalDate.ofInstant((Instant) row[2], scope.zone()), (LocalDate) row[3]);
      if (days < 0 && !fromHire) {
        continue;
      }
      days = Math.max(0, days);
      spans.perState.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(days);
      spans.firstPerPerson.merge((Long) row[1], days, Math::min);
    }
    return spans;
  }

  public static Report attrition(Connection db, Scope scope, LocalDate today, Instant now) {
    Query q =
        scoped(
                new Query(
                    "select c.id, c.name, c.start_date, n.status, n.status_on, n.hired_at"
                        + " from new_hire n join training_class c on c.id = n.class_id"
                        + " join application a on a.id = n.application_id"),
                scope)
            .and("c.start_date >= ?", scope.from())
            .and("c.start_date <= ?", scope.to())
            .then("order by c.start_date, c.id");
    Map<Long, Cohort> cohorts = new java.util.LinkedHashMap<>();
    for (Object[] row :
        q.list(
            db,
            r ->
                new Object[] {
                  r.getLong(1),
                  r.getString(2),
                  Query.day(r, 3),
                  r.getString(4),
                  Query.day(r, 5),
                  Query.instant(r, 6)
                })) {
      Cohort c =
          cohorts.computeIfAbsent(
              (Long) row[0], id -> new Cohort((String) row[1], (LocalDate) row[2]));
      LocalDate hired = LocalDate.ofInstant((Instant) row[5], scope.zone());
      String status = (String) row[3];
      boolean left = "RESIGNED".equals(status) || "RELEASED".equals(status);
      c.add(status, hired, left ? (LocalDate) row[4] : null, today);
    }
    Cohort total = new Cohort("All", null);
    List<List<Object>> rows = new ArrayList<>();
    for (Cohort c : cohorts.values()) {
      total.merge(c);
      rows.add(c.row());
    }
    return Report.of(
        "attrition",
        "Training attrition",
        ATTRITION,
        scope,
        now,
        List.of(
            new Report.Figure("Hires", (double) total.hires, null),
            new Report.Figure("Resigned", (double) total.resigned, null),
            new Report.Figure("Released", (double) total.released, null),
            new Report.Figure("90-day survival", total.survival(2), "%")),
        new Report.Chart(
            "bar",
            "Class",
            "People",
            cohorts.values().stream().map(c -> c.name).toList(),
            List.of(
                new Report.Series(
                    "Resigned", cohorts.values().stream().map(c -> (double) c.resigned).toList()),
                new Report.Series(
                    "Released", cohorts.values().stream().map(c -> (double) c.released).toList()))),
        new Report.Table(
            List.of(
                "Class",
                "Started",
                "Hires",
                "Resigned",
                "Released",
                "Still here",
                "30-day survival (%)",
                "60-day survival (%)",
                "90-day survival (%)"),
            rows));
  }

  private static Query scoped(Query q, Scope scope) {
    q.scoped(scope, "n.team_id", "n.requisition_id", "n.class_id");
    q.sourced(scope);
    if (scope.state() != null) {
      q.and(
          "exists (select 1 from licensee l2 join state_license s2 on s2.licensee_id = l2.id"
              + " where l2.new_hire_id = n.id and s2.state = ?)",
          scope.state());
    }
    return q;
  }

  /** One class's people: who left how, and who was still here at 30, 60 and 90 days. */
  static final class Cohort {
    final String name;
    final LocalDate started;
    long hires;
    long resigned;
    long released;
    final long[] measurable = new long[SURVIVAL_DAYS.length];
    final long[] survived = new long[SURVIVAL_DAYS.length];

    Cohort(String name, LocalDate started) {
      this.name = name;
      this.started = started;
    }

    void add(String status, LocalDate hired, LocalDate leftOn, LocalDate today) {
      hires++;
      resigned += "RESIGNED".equals(status) ? 1 : 0;
      released += "RELEASED".equals(status) ? 1 : 0;
      for (int i = 0; i < SURVIVAL_DAYS.length; i++) {
        LocalDate mark = hired.plusDays(SURVIVAL_DAYS[i]);
        if (!mark.isAfter(today)) {
          measurable[i]++;
          survived[i] += leftOn == null || !leftOn.isBefore(mark) ? 1 : 0;
        }
      }
    }

    void merge(Cohort other) {
      hires += other.hires;
      resigned += other.resigned;
      released += other.released;
      for (int i = 0; i < SURVIVAL_DAYS.length; i++) {
        measurable[i] += other.measurable[i];
        survived[i] += other.survived[i];
      }
    }

    Double survival(int i) {
      return FunnelReport.percent(survived[i], measurable[i]);
    }

    List<Object> row() {
      List<Object> row = new ArrayList<>();
      row.add(name);
      row.add(started);
      row.add(hires);
      row.add(resigned);
      row.add(released);
      row.add(hires - resigned - released);
      for (int i = 0; i < SURVIVAL_DAYS.length; i++) {
        row.add(FunnelReport.blank(survival(i)));
      }
      return row;
    }
  }
}
