package org.floorready.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.floorready.application.control.ScreeningScorer;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.quality.control.Comparison;
import org.floorready.quality.control.Kpi;
import org.floorready.quality.control.KpiRow;
import org.floorready.quality.control.KpiWeeks;
import org.floorready.reporting.control.Report;
import org.floorready.requisition.control.RequisitionLookup;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.NewHire;

/**
 * What predicts a good agent: graduates with at least 8 weeks on the floor, grouped by recruiting
 * source, screening score band, each screening criterion met or not, interview recommendation,
 * mock-call rubric score, class or trainer, compared on one KPI at week 4, 8 or 12 on the floor
 * (each group against everyone else, a criterion's "met" against its "not met"; 95 % Welch
 * interval), with each group's 90-day survival. Aggregates only; a hiring manager sees their team's
 * people, a trainer their classes'.
 */
@ApplicationScoped
@Transactional
public class QualityReport {
  static final int MIN_WEEKS = 8;
  static final Set<Integer> WEEKS = Set.of(4, 8, 12);

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject QualityGroups groupings;
  @Inject RequisitionLookup requisitions;

  /** The people, their values and survival per group, before they are compared. */
  private record Measured(
      Map<String, List<Double>> values, Map<String, long[]> survival, int people) {}

  /**
   * How agents who met a screening criterion did on the floor against those who did not: sizes,
   * means at the week, the difference with its 95 % interval in words, and 90-day survival.
   */
  public record CriterionOnFloor(
      String criterion,
      String kpi,
      int week,
      int met,
      Double metMean,
      int notMet,
      Double notMetMean,
      Double difference,
      Double low,
      Double high,
      String says,
      Double metSurvival,
      Double notMetSurvival) {}

  /** The floor results of each screening criterion of a requisition the caller can see. */
  public List<CriterionOnFloor> criteria(long requisitionId, String kpiName, Integer week) {
    AppUser me = caller.user();
    List<String> criteria =
        requisitions.visible(requisitionId, me).criteria().stream()
            .map(ScreeningScorer::describe)
            .distinct()
            .toList();
    Kpi kpi = kpi(kpiName);
    int at = week(week);
    ZoneId zone = ZoneId.of(me.timeZone());
    QualityGroups.Membership membership = groupings.of(QualityGroups.By.CRITERION, me);
    return compare(criteria, measure(membership, kpi, at, zone, LocalDate.now(zone)), kpi, at);
  }

  private List<CriterionOnFloor> compare(List<String> criteria, Measured m, Kpi kpi, int at) {
    String unit = kpi.label().endsWith("(%)") ? " points" : "";
    List<CriterionOnFloor> results = new ArrayList<>();
    for (String criterion : criteria) {
      List<String> pair = QualityGroups.pair(criterion);
      List<Double> met = m.values().getOrDefault(pair.get(0), List.of());
      List<Double> notMet = m.values().getOrDefault(pair.get(1), List.of());
      Comparison.Group c =
          Comparison.between(
              criterion, met, notMet, kpi.higherIsBetter(), unit, "those who did not meet it");
      Comparison.Group other =
          Comparison.between(criterion, notMet, met, kpi.higherIsBetter(), unit, "");
      results.add(
          new CriterionOnFloor(
              criterion,
              kpi.name(),
              at,
              c.people(),
              c.mean(),
              other.people(),
              other.mean(),
              c.difference(),
              c.low(),
              c.high(),
              c.says(),
              survival(m.survival().get(pair.get(0))),
              survival(m.survival().get(pair.get(1)))));
    }
    return results;
  }

  private static Kpi kpi(String name) {
    return FloorKpisResource.kpi(name == null || name.isBlank() ? "CONVERSION" : name);
  }

  private static int week(Integer week) {
    int at = week == null ? 8 : week;
    if (!WEEKS.contains(at)) {
      throw new InvalidInput("week", "is 4, 8 or 12 (weeks on the floor)");
    }
    return at;
  }

  public Report run(String grouping, String kpiName, Integer week) {
    QualityGroups.By by;
    try {
      by =
          grouping == null || grouping.isBlank()
              ? QualityGroups.By.SOURCE
              : QualityGroups.By.valueOf(grouping.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(
          "by", "is one of source, score_band, criterion, recommendation, rubric, class, trainer");
    }
    Kpi kpi = kpi(kpiName);
    int at = week(week);
    AppUser me = caller.user();
    ZoneId zone = ZoneId.of(me.timeZone());
    LocalDate today = LocalDate.now(zone);
    QualityGroups.Membership membership = groupings.of(by, me);
    Measured m = measure(membership, kpi, at, zone, today);
    String unit = kpi.label().endsWith("(%)") ? " points" : "";
    Report.Chart chart;
    Report.Table table;
    long enough;
    if (by == QualityGroups.By.CRITERION) {
      List<CriterionOnFloor> results =
          compare(QualityGroups.criteriaOf(membership.order()), m, kpi, at);
      enough = results.stream().filter(c -> c.difference() != null).count();
      chart =
          new Report.Chart(
              "bar",
              by.label(),
              kpi.label(),
              results.stream().map(CriterionOnFloor::criterion).toList(),
              List.of(
                  new Report.Series(
                      "Met: mean at week " + at,
                      results.stream().map(CriterionOnFloor::metMean).toList()),
                  new Report.Series(
                      "Not met: mean at week " + at,
                      results.stream().map(CriterionOnFloor::notMetMean).toList())));
      table =
          new Report.Table(
              List.of(
                  by.label(),
                  "Met: people",
                  "Met: mean",
                  "Not met: people",
                  "Not met: mean",
                  "Difference (met − not met)",
                  "95% CI low",
                  "95% CI high",
                  "What it says",
                  "Met: 90-day survival (%)",
                  "Not met: 90-day survival (%)"),
              results.stream()
                  .map(
                      c ->
                          List.<Object>of(
                              c.criterion(),
                              c.met(),
                              blank(c.metMean()),
                              c.notMet(),
                              blank(c.notMetMean()),
                              blank(c.difference()),
                              blank(c.low()),
                              blank(c.high()),
                              c.says(),
                              blank(c.metSurvival()),
                              blank(c.notMetSurvival())))
                  .toList());
    } else {
      Map<String, Comparison.Group> byName = new LinkedHashMap<>();
      Map<String, List<Double>> ordered = new LinkedHashMap<>();
      membership.order().stream()
          .filter(m.values()::containsKey)
          .forEach(g -> ordered.put(g, m.values().get(g)));
      Comparison.of(ordered, kpi.higherIsBetter(), unit).forEach(g -> byName.put(g.name(), g));
      enough = byName.values().stream().filter(c -> c.difference() != null).count();
      List<String> all =
          membership.order().stream()
              .filter(g -> byName.containsKey(g) || m.survival().containsKey(g))
              .toList();
      List<List<Object>> rows = new ArrayList<>();
      for (String g : all) {
        Comparison.Group c = byName.get(g);
        long[] s = m.survival().get(g);
        rows.add(
            List.of(
                g,
                c == null ? 0 : c.people(),
                blank(c == null ? null : c.mean()),
                blank(c == null ? null : c.difference()),
                blank(c == null ? null : c.low()),
                blank(c == null ? null : c.high()),
                c == null ? "no KPIs at week " + at : c.says(),
                s == null ? 0 : s[0],
                blank(survival(s))));
      }
      chart =
          new Report.Chart(
              "bar",
              by.label(),
              kpi.label(),
              all,
              List.of(
                  new Report.Series(
                      "Mean at week " + at,
                      all.stream()
                          .map(g -> byName.get(g) == null ? null : byName.get(g).mean())
                          .toList())));
      table =
          new Report.Table(
              List.of(
                  by.label(),
                  "People",
                  "Mean",
                  "Difference vs the rest",
                  "95% CI low",
                  "95% CI high",
                  "What it says",
                  "Hired 90+ days ago",
                  "90-day survival (%)"),
              rows);
    }
    return new Report(
        "quality",
        "Quality of hire: "
            + kpi.label()
            + " at week "
            + at
            + " on the floor, by "
            + by.label().toLowerCase(Locale.ROOT),
        "Graduates with at least "
            + MIN_WEEKS
            + " weeks on the floor (from the graduation week): their "
            + kpi.label().toLowerCase(Locale.ROOT)
            + " in week "
            + at
            + " on the floor, per group; "
            + (by == QualityGroups.By.CRITERION
                ? "for each screening criterion, those who met it against those who did not (an"
                    + " unknown outcome counts in neither)"
                : "each group's mean against everyone else's")
            + " with a 95 % Welch t-interval for the difference (Apache Commons Math). Groups"
            + " under "
            + Comparison.ENOUGH
            + " people: not enough data. "
            + (by == QualityGroups.By.RECOMMENDATION
                ? "Recommendation: the lowest any interviewer gave the person. "
                : by == QualityGroups.By.RUBRIC
                    ? "Rubric: the mean of every rating (1–4) on the person's mock sales call"
                        + " scorecards. "
                    : "")
            + "90-day survival: of everyone hired at least 90 days ago in the group, the share"
            + " who had not resigned or been released before day 90.",
        today.minusYears(3),
        today,
        zone.getId(),
        Instant.now(),
        List.of(
            new Report.Figure("People compared", (double) m.people(), null),
            new Report.Figure(
                by == QualityGroups.By.CRITERION
                    ? "Criteria with enough data"
                    : "Groups with enough data",
                (double) enough,
                null)),
        chart,
        table);
  }

  /** Each group's values at the week and its survival counts (measurable, survived). */
  private Measured measure(
      QualityGroups.Membership membership, Kpi kpi, int at, ZoneId zone, LocalDate today) {
    Map<Long, List<String>> groups = membership.groups();
    List<NewHire> hires = new ArrayList<>();
    List<Long> ids = List.copyOf(groups.keySet());
    for (int i = 0; i < ids.size(); i += 1000) {
      hires.addAll(
          em.createQuery("select n from NewHire n where n.id in :ids", NewHire.class)
              .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + 1000)))
              .getResultList());
    }
    Map<String, long[]> survival = new HashMap<>();
    List<NewHire> onFloor = new ArrayList<>();
    for (NewHire n : hires) {
      LocalDate hired = LocalDate.ofInstant(n.hiredAt(), zone);
      if (!hired.plusDays(90).isAfter(today)) {
        boolean left = n.status().name().equals("RESIGNED") || n.status().name().equals("RELEASED");
        boolean stayed = !left || !n.statusOn().isBefore(hired.plusDays(90));
        for (String g : groups.get(n.id())) {
          long[] s = survival.computeIfAbsent(g, k -> new long[2]);
          s[0]++;
          s[1] += stayed ? 1 : 0;
        }
      }
      if (n.graduatedOn() != null && !n.graduatedOn().plusWeeks(MIN_WEEKS).isAfter(today)) {
        onFloor.add(n);
      }
    }
    Map<Long, Double> value = atWeek(onFloor, kpi, at);
    Map<String, List<Double>> values = new HashMap<>();
    value.forEach(
        (id, v) ->
            groups.get(id).forEach(g -> values.computeIfAbsent(g, k -> new ArrayList<>()).add(v)));
    return new Measured(values, survival, value.size());
  }

  /**
   * The KPI in week {@code at} on the floor of each graduate that has it: the rows that start in
   * that week are read with one query per graduation week (classes graduate together).
   */
  private Map<Long, Double> atWeek(List<NewHire> graduates, Kpi kpi, int at) {
    Map<LocalDate, Map<Long, NewHire>> byFloorWeek = new HashMap<>();
    graduates.forEach(
        n ->
            byFloorWeek
                .computeIfAbsent(
                    n.graduatedOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new HashMap<>())
                .put(n.id(), n));
    Map<Long, Double> values = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "select f.new_hire_id, "
                    + KpiHistory.COLUMNS
                    + " from floor_kpi f join new_hire n on n.id = f.new_hire_id"
                    + " where n.graduated_on >= ? and n.graduated_on < ?"
                    + " and f.period_start >= ? and f.period_start < ?")) {
      for (Map.Entry<LocalDate, Map<Long, NewHire>> e : byFloorWeek.entrySet()) {
        LocalDate week = e.getKey().plusWeeks(at - 1L);
        s.setDate(1, java.sql.Date.valueOf(e.getKey()));
        s.setDate(2, java.sql.Date.valueOf(e.getKey().plusDays(7)));
        s.setDate(3, java.sql.Date.valueOf(week));
        s.setDate(4, java.sql.Date.valueOf(week.plusDays(7)));
        Map<Long, List<KpiRow>> rows = new HashMap<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (e.getValue().containsKey(r.getLong(1))) {
              rows.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(KpiHistory.row(r, 2));
            }
          }
        }
        rows.forEach(
            (id, mine) ->
                KpiWeeks.of(mine, e.getValue().get(id).graduatedOn()).stream()
                    .filter(w -> w.weekOnFloor() != null && w.weekOnFloor() == at)
                    .map(kpi::of)
                    .filter(java.util.Objects::nonNull)
                    .findFirst()
                    .ifPresent(v -> values.put(id, v)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The quality report could not be read.", e);
    }
    return values;
  }

  private static Double survival(long[] s) {
    return s == null || s[0] == 0 ? null : Math.round(1000.0 * s[1] / s[0]) / 10.0;
  }

  private static Object blank(Double v) {
    return v == null ? "" : v;
  }
}
