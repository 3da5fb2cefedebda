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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.quality.control.Comparison;
import org.floorready.quality.control.Kpi;
import org.floorready.reporting.control.Report;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.NewHire;

/**
 * What predicts a good agent: graduates with at least 8 weeks on the floor, grouped by recruiting
 * source, screening score band, class or trainer, compared on one KPI at week 4, 8 or 12 on the
 * floor (each group against everyone else, 95 % Welch interval), with each group's 90-day survival.
 * Aggregates only; a hiring manager sees their team's people, a trainer their classes'.
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
  @Inject KpiHistory history;

  /** What to group by. */
  public enum By {
    SOURCE,
    SCORE_BAND,
    CLASS,
    TRAINER
  }

  public Report run(String grouping, String kpiName, Integer week) {
    By by;
    try {
      by =
          grouping == null || grouping.isBlank()
              ? By.SOURCE
              : By.valueOf(grouping.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("by", "is one of source, score_band, class, trainer");
    }
    Kpi kpi = FloorKpisResource.kpi(kpiName == null || kpiName.isBlank() ? "CONVERSION" : kpiName);
    int at = week == null ? 8 : week;
    if (!WEEKS.contains(at)) {
      throw new InvalidInput("week", "is 4, 8 or 12 (weeks on the floor)");
    }
    AppUser me = caller.user();
    ZoneId zone = ZoneId.of(me.timeZone());
    LocalDate today = LocalDate.now(zone);
    Map<Long, List<String>> groups = groups(by, me);
    // the KPI at the week, for graduates at least 8 weeks on the floor
    List<Map.Entry<String, Double>> values = new ArrayList<>();
    java.util.Set<Long> compared = new java.util.HashSet<>();
    Map<String, long[]> survival = new LinkedHashMap<>(); // measurable, survived
    for (NewHire n :
        em.createQuery("select n from NewHire n where n.id in :ids", NewHire.class)
            .setParameter("ids", groups.isEmpty() ? List.of(-1L) : List.copyOf(groups.keySet()))
            .getResultList()) {
      List<String> names = groups.get(n.id());
      LocalDate hired = LocalDate.ofInstant(n.hiredAt(), zone);
      if (!hired.plusDays(90).isAfter(today)) {
        boolean left = n.status().name().equals("RESIGNED") || n.status().name().equals("RELEASED");
        boolean stayed = !left || !n.statusOn().isBefore(hired.plusDays(90));
        for (String g : names) {
          long[] s = survival.computeIfAbsent(g, k -> new long[2]);
          s[0]++;
          s[1] += stayed ? 1 : 0;
        }
      }
      if (n.graduatedOn() == null || n.graduatedOn().plusWeeks(MIN_WEEKS).isAfter(today)) {
        continue;
      }
      Double value =
          history.weeks(n).stream()
              .filter(w -> w.weekOnFloor() != null && w.weekOnFloor() == at)
              .map(kpi::of)
              .filter(java.util.Objects::nonNull)
              .findFirst()
              .orElse(null);
      if (value != null) {
        compared.add(n.id());
        names.forEach(g -> values.add(new AbstractMap.SimpleEntry<>(g, value)));
      }
    }
    List<Comparison.Group> groupsCompared =
        Comparison.of(
            Comparison.collect(values),
            kpi.higherIsBetter(),
            kpi.label().endsWith("(%)") ? " points" : "");
    List<List<Object>> rows = new ArrayList<>();
    Map<String, Comparison.Group> byName = new LinkedHashMap<>();
    groupsCompared.forEach(g -> byName.put(g.name(), g));
    List<String> all = new ArrayList<>(byName.keySet());
    survival.keySet().stream().filter(g -> !byName.containsKey(g)).forEach(all::add);
    for (String g : all) {
      Comparison.Group c = byName.get(g);
      long[] s = survival.get(g);
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
              s == null || s[0] == 0 ? "" : Math.round(1000.0 * s[1] / s[0]) / 10.0));
    }
    String label =
        by.name().charAt(0) + by.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    LocalDate from = today.minusYears(3);
    return new Report(
        "quality",
        "Quality of hire: "
            + kpi.label()
            + " at week "
            + at
            + " on the floor, by "
            + label.toLowerCase(Locale.ROOT),
        "Graduates with at least "
            + MIN_WEEKS
            + " weeks on the floor (from the graduation week):"
            + " their "
            + kpi.label().toLowerCase(Locale.ROOT)
            + " in week "
            + at
            + " on the floor,"
            + " per group; each group's mean against everyone else's with a 95 % Welch t-interval"
            + " for the difference (Apache Commons Math). Groups under "
            + Comparison.ENOUGH
            + " people: not enough data. 90-day survival: of everyone hired at least 90 days ago"
            + " in the group, the share who had not resigned or been released before day 90.",
        from,
        today,
        zone.getId(),
        Instant.now(),
        List.of(
            new Report.Figure(
                "People compared", (double) values.stream().map(Map.Entry::getKey).count(), null),
            new Report.Figure(
                "Groups with enough data",
                (double)
                    groupsCompared.stream().filter(c -> c.people() >= Comparison.ENOUGH).count(),
                null)),
        new Report.Chart(
            "bar",
            label,
            kpi.label(),
            all,
            List.of(
                new Report.Series(
                    "Mean at week " + at,
                    all.stream()
                        .map(g -> byName.get(g) == null ? null : byName.get(g).mean())
                        .toList()))),
        new Report.Table(
            List.of(
                label,
                "People",
                "Mean",
                "Difference vs the rest",
                "95% CI low",
                "95% CI high",
                "What it says",
                "Hired 90+ days ago",
                "90-day survival (%)"),
            rows));
  }

  /** Each new hire in the caller's view, with the groups they belong to. */
  private Map<Long, List<String>> groups(By by, AppUser me) {
    String select =
        switch (by) {
          case SOURCE ->
              "select n.id, coalesce(s.name, 'No source recorded') from new_hire n"
                  + " join candidate c on c.id = n.candidate_id"
                  + " left join recruiting_source s on s.id = c.recruiting_source_id";
          case SCORE_BAND ->
              "select n.id, case when a.score is null then 'Not scored' when a.score >= 85 then"
                  + " '85–100' when a.score >= 70 then '70–84' when a.score >= 50 then '50–69'"
                  + " else 'under 50' end from new_hire n join application a on a.id = n.application_id";
          case CLASS ->
              "select n.id, k.name from new_hire n join training_class k on k.id = n.class_id";
          case TRAINER ->
              "select n.id, u.display_name from new_hire n"
                  + " join training_class_trainer t on t.class_id = n.class_id"
                  + " join app_user u on u.id = t.user_id";
        };
    String where = "";
    if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.RECRUITER)) {
      if (me.hasRole(Role.HIRING_MANAGER)) {
        where = " where n.team_id = " + (me.team() == null ? -1 : me.team().id());
      } else {
        where =
            " where n.class_id in (select t2.class_id from training_class_trainer t2 where"
                + " t2.user_id = "
                + me.id()
                + ")";
      }
    }
    Map<Long, List<String>> groups = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(select + where + " order by 2, 1");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        groups.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The quality report could not be read.", e);
    }
    return groups;
  }

  private static Object blank(Double v) {
    return v == null ? "" : v;
  }
}
