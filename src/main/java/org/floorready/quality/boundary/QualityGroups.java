package org.floorready.quality.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.floorready.application.control.ScreeningJson;
import org.floorready.application.control.ScreeningResult;
import org.floorready.interview.entity.InterviewKind;
import org.floorready.interview.entity.Recommendation;
import org.floorready.interview.entity.Scorecard;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Which groups each new hire in the caller's view belongs to, for one way of grouping: recruiting
 * source, screening score band, each screening criterion met or not, the lowest interview
 * recommendation, the mock-call rubric score, class or trainer. Hiring managers see their team's
 * people, trainers their classes'; admins and recruiters everyone (recruiters get aggregates only).
 */
@ApplicationScoped
public class QualityGroups {
  /** The score bands and rubric bands, best first. */
  static final List<String> SCORE_BANDS = List.of("85–100", "70–84", "50–69", "under 50");

  static final List<String> RUBRIC_BANDS =
      List.of("3.5–4.0", "3.0–3.4", "2.5–2.9", "under 2.5", "No mock call scored");
  static final String NO_SCORECARD = "No scorecard";
  static final String MET = ": met";
  static final String NOT_MET = ": not met";

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @PersistenceContext EntityManager em;

  /** What to group by. */
  public enum By {
    SOURCE("Source"),
    SCORE_BAND("Screening score band"),
    CRITERION("Screening criterion"),
    RECOMMENDATION("Lowest interview recommendation"),
    RUBRIC("Mock-call rubric score (mean of 1–4)"),
    CLASS("Class"),
    TRAINER("Trainer");

    private final String label;

    By(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Each new hire's groups, and the groups in the order they are shown. */
  public record Membership(Map<Long, List<String>> groups, List<String> order) {}

  public Membership of(By by, AppUser me) {
    Map<Long, List<String>> groups =
        switch (by) {
          case SOURCE ->
              labels(
                  "select n.id, coalesce(s.name, 'No source recorded') from new_hire n"
                      + " join candidate c on c.id = n.candidate_id"
                      + " left join recruiting_source s on s.id = c.recruiting_source_id",
                  me);
          case SCORE_BAND ->
              labels(
                  "select n.id, case when a.score is null then 'Not scored' when a.score >= 85"
                      + " then '85–100' when a.score >= 70 then '70–84' when a.score >= 50 then"
                      + " '50–69' else 'under 50' end from new_hire n"
                      + " join application a on a.id = n.application_id",
                  me);
          case CRITERION -> criteria(me);
          case RECOMMENDATION, RUBRIC -> interviews(by, me);
          case CLASS ->
              labels(
                  "select n.id, k.name from new_hire n"
                      + " join training_class k on k.id = n.class_id",
                  me);
          case TRAINER ->
              labels(
                  "select n.id, u.display_name from new_hire n"
                      + " join training_class_trainer t on t.class_id = n.class_id"
                      + " join app_user u on u.id = t.user_id",
                  me);
        };
    Set<String> names = new TreeSet<>();
    groups.values().forEach(names::addAll);
    List<String> fixed =
        switch (by) {
          case SCORE_BAND -> SCORE_BANDS;
          case RECOMMENDATION ->
              List.of(
                  label(Recommendation.STRONG_YES),
                  label(Recommendation.YES),
                  label(Recommendation.NO),
                  label(Recommendation.STRONG_NO),
                  NO_SCORECARD);
          case RUBRIC -> RUBRIC_BANDS;
          default -> List.of();
        };
    List<String> order = new ArrayList<>(fixed.stream().filter(names::contains).toList());
    names.stream().filter(n -> !fixed.contains(n)).forEach(order::add);
    return new Membership(groups, order);
  }

  /** A new hire's groups by an SQL query of (new hire id, group), in the caller's view. */
  private Map<Long, List<String>> labels(String select, AppUser me) {
    Map<Long, List<String>> groups = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s = db.prepareStatement(select + scope(me) + " order by 2, 1");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        groups.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The quality report could not be read.", e);
    }
    return groups;
  }

  /** Each criterion of the hire's screening: "…: met" or "…: not met" (unknown: left out). */
  private Map<Long, List<String>> criteria(AppUser me) {
    Map<Long, List<String>> groups = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement(
                "select n.id, a.screening_json from new_hire n"
                    + " join application a on a.id = n.application_id"
                    + scope(me));
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        List<String> mine = new ArrayList<>();
        for (ScreeningResult.Line line : ScreeningJson.read(r.getString(2))) {
          if (line.outcome() != ScreeningResult.Outcome.UNKNOWN) {
            String name =
                line.criterion() + (line.outcome() == ScreeningResult.Outcome.MET ? MET : NOT_MET);
            if (!mine.contains(name)) {
              mine.add(name);
            }
          }
        }
        groups.put(r.getLong(1), mine);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The quality report could not be read.", e);
    }
    return groups;
  }

  /**
   * The lowest recommendation any interviewer gave the hire (someone's doubts are what is worth
   * checking), or the mean of every rating on their mock sales call scorecards, in bands.
   */
  private Map<Long, List<String>> interviews(By by, AppUser me) {
    Map<Long, Long> hireByApplication = new HashMap<>();
    try (Connection db = dataSource.getConnection();
        PreparedStatement s =
            db.prepareStatement("select n.id, n.application_id from new_hire n" + scope(me));
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        hireByApplication.put(r.getLong(2), r.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The quality report could not be read.", e);
    }
    Map<Long, Recommendation> lowest = new HashMap<>();
    Map<Long, double[]> rubric = new HashMap<>(); // sum, count
    for (Object[] row :
        em.createQuery(
                "select i.applicationId, i.kind, s from Interview i, Scorecard s"
                    + " where s.interviewId = i.id"
                    + " and i.applicationId in (select n.applicationId from NewHire n)",
                Object[].class)
            .getResultList()) {
      Long hire = hireByApplication.get((Long) row[0]);
      if (hire == null) {
        continue;
      }
      Scorecard card = (Scorecard) row[2];
      lowest.merge(hire, card.recommendation(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
      if (row[1] == InterviewKind.MOCK_SALES_CALL) {
        double[] sum = rubric.computeIfAbsent(hire, k -> new double[2]);
        card.ratings()
            .forEach(
                rating -> {
                  sum[0] += rating.rating();
                  sum[1]++;
                });
      }
    }
    Map<Long, List<String>> groups = new HashMap<>();
    for (Long hire : new LinkedHashSet<>(hireByApplication.values())) {
      String group;
      if (by == By.RECOMMENDATION) {
        Recommendation r = lowest.get(hire);
        group = r == null ? NO_SCORECARD : label(r);
      } else {
        double[] sum = rubric.get(hire);
        group = sum == null || sum[1] == 0 ? RUBRIC_BANDS.get(4) : rubricBand(sum[0] / sum[1]);
      }
      groups.put(hire, List.of(group));
    }
    return groups;
  }

  static String rubricBand(double mean) {
    double m = Math.round(mean * 10) / 10.0;
    return m >= 3.5
        ? RUBRIC_BANDS.get(0)
        : m >= 3.0 ? RUBRIC_BANDS.get(1) : m >= 2.5 ? RUBRIC_BANDS.get(2) : RUBRIC_BANDS.get(3);
  }

  static String label(Recommendation r) {
    String words = r.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The caller's view as a where clause on new_hire n. */
  private static String scope(AppUser me) {
    if (me.hasRole(Role.ADMIN) || me.hasRole(Role.RECRUITER)) {
      return "";
    }
    if (me.hasRole(Role.HIRING_MANAGER)) {
      return " where n.team_id = " + (me.team() == null ? -1 : me.team().id());
    }
    return " where n.class_id in (select t2.class_id from training_class_trainer t2 where"
        + " t2.user_id = "
        + me.id()
        + ")";
  }

  /** The names of a criterion's two groups. */
  static List<String> pair(String criterion) {
    return List.of(criterion + MET, criterion + NOT_MET);
  }

  /** The criteria among group names, in order. */
  static List<String> criteriaOf(List<String> order) {
    return order.stream()
        .filter(g -> g.endsWith(MET) || g.endsWith(NOT_MET))
        .map(
            g ->
                g.endsWith(NOT_MET)
                    ? g.substring(0, g.length() - NOT_MET.length())
                    : g.substring(0, g.length() - MET.length()))
        .distinct()
        .sorted(Comparator.naturalOrder())
        .toList();
  }
}
