package org.floorready.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.floorready.application.boundary.EeoLinks;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.licensing.control.States;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.database.DatabaseMigration;
import org.floorready.reporting.control.ActivityReports;
import org.floorready.reporting.control.DashboardCounts;
import org.floorready.reporting.control.EeoReport;
import org.floorready.reporting.control.Forecast;
import org.floorready.reporting.control.FunnelReport;
import org.floorready.reporting.control.HeadcountReport;
import org.floorready.reporting.control.OnboardingReports;
import org.floorready.reporting.control.Report;
import org.floorready.reporting.control.Scope;
import org.floorready.reporting.control.SourceReport;
import org.floorready.reporting.control.StageTimeReport;
import org.floorready.reporting.control.TimeReports;
import org.floorready.requisition.boundary.HeadcountPlan;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Runs a report for the caller: admins and recruiters see every team; a hiring manager their own
 * team; a trainer the training and licensing reports of the classes they teach.
 */
@ApplicationScoped
public class Reports {
  /**
   * A report the UI lists: its name in the URL, its title, whether trainers see it, and the filters
   * besides the period that apply to it.
   */
  public record ReportKind(
      String name, String title, boolean onboarding, boolean adminOnly, List<String> filters) {
    ReportKind(String name, String title, boolean onboarding, List<String> filters) {
      this(name, title, onboarding, false, filters);
    }
  }

  private static final List<String> RECRUITING =
      List.of("teamId", "requisitionId", "source", "channel");
  private static final List<String> ONBOARDING =
      List.of("teamId", "requisitionId", "source", "channel", "state");
  private static final List<String> EEO = List.of("teamId", "requisitionId", "question");

  static final List<ReportKind> KINDS =
      List.of(
          new ReportKind("funnel", "Funnel", false, RECRUITING),
          new ReportKind("time-in-stage", "Time in stage", false, RECRUITING),
          new ReportKind("time-to-fill", "Time to fill", false, List.of("teamId", "requisitionId")),
          new ReportKind("time-to-hire", "Time to hire", false, RECRUITING),
          new ReportKind("offers", "Offer acceptance", false, RECRUITING),
          new ReportKind("interviews", "Interviews", false, RECRUITING),
          new ReportKind("licensing", "Exams and licenses", true, ONBOARDING),
          new ReportKind("attrition", "Training attrition", true, ONBOARDING),
          new ReportKind("headcount", "Plan vs actual", true, List.of("teamId")),
          new ReportKind(
              "sources",
              "Source effectiveness",
              false,
              List.of("teamId", "requisitionId", "source")),
          new ReportKind("eeo-applicants", "EEO: applicants", false, true, EEO),
          new ReportKind("eeo-selection", "EEO: selection rates", false, true, EEO));

  static final int LONGEST_SPAN_DAYS = 3 * 366;

  @Resource(lookup = DatabaseMigration.DATASOURCE)
  DataSource dataSource;

  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject HeadcountPlan headcountPlan;
  @Inject EeoLinks eeoLinks;

  /** What the filters say, as the request gave them (null: not given). */
  public record Filters(
      LocalDate from,
      LocalDate to,
      String zone,
      Long teamId,
      Long requisitionId,
      Long source,
      String channel,
      String state,
      String by,
      String question) {}

  /**
   * The home page's to-do counts for the caller (null: not one of theirs) and, for admins, the
   * forecast of reaching the headcount target.
   */
  public record Dashboard(
      Long failedParses,
      Long interviewsToSchedule,
      Long offersOut,
      Long scorecardsDue,
      Long interviewsToday,
      Long examsThisWeek,
      Long expiringSoon,
      Forecast forecast) {}

  static final int PACE_DAYS = 90;

  public Dashboard dashboard() {
    AppUser me = caller.user();
    boolean everyTeam = me.hasRole(Role.ADMIN) || me.hasRole(Role.RECRUITER);
    boolean manager = me.hasRole(Role.HIRING_MANAGER);
    Set<Long> teams = everyTeam ? null : me.team() == null ? Set.of() : Set.of(me.team().id());
    boolean sits = manager || me.hasRole(Role.INTERVIEWER);
    boolean trains = me.hasRole(Role.ADMIN) || me.hasRole(Role.TRAINER);
    Set<Long> classes = me.hasRole(Role.ADMIN) ? null : trains ? taught(me) : Set.of();
    ZoneId zone = ZoneId.of(me.timeZone());
    Instant now = Instant.now();
    LocalDate today = LocalDate.now(zone);
    try (Connection db = dataSource.getConnection()) {
      return new Dashboard(
          everyTeam ? DashboardCounts.failedParses(db, now) : null,
          everyTeam || manager ? DashboardCounts.interviewsToSchedule(db, teams, now) : null,
          everyTeam || manager ? DashboardCounts.offersOut(db, teams) : null,
          sits ? DashboardCounts.scorecardsDue(db, me.id(), now) : null,
          sits ? DashboardCounts.interviewsToday(db, me.id(), today, zone) : null,
          trains ? DashboardCounts.examsThisWeek(db, classes, today) : null,
          trains ? DashboardCounts.expiringSoon(db, classes, today) : null,
          me.hasRole(Role.ADMIN) ? forecast(db, today, now) : null);
    } catch (SQLException e) {
      throw new IllegalStateException("The report database connection failed.", e);
    }
  }

  private Forecast forecast(Connection db, LocalDate today, Instant now) {
    var plan = headcountPlan.plan(YearMonth.from(today), 12);
    Integer target = null;
    YearMonth month = null;
    for (int i = 0; i < plan.total().size(); i++) {
      if (plan.total().get(i).target() != null) {
        target = plan.total().get(i).target();
        month = YearMonth.parse(plan.total().get(i).month());
      }
    }
    return Forecast.of(
        plan.total().get(0).headcount(),
        target,
        month,
        DashboardCounts.hires(db, now, PACE_DAYS),
        DashboardCounts.leavers(db, today, PACE_DAYS),
        PACE_DAYS,
        today);
  }

  public List<ReportKind> available() {
    AppUser me = caller.user();
    return KINDS.stream().filter(k -> allowed(me, k)).toList();
  }

  public Report run(String name, Filters f) {
    ReportKind kind =
        KINDS.stream()
            .filter(k -> k.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("No report named " + name + "."));
    AppUser me = caller.user();
    if (!allowed(me, kind)) {
      throw new ForbiddenException("This report is not among yours.");
    }
    Scope scope = scope(me, f);
    FunnelReport.By by = by(f.by());
    EeoReport.Question question = question(f.question());
    Instant now = Instant.now();
    if (name.equals("headcount")) {
      YearMonth first = YearMonth.from(scope.from());
      int months = (int) first.until(YearMonth.from(scope.to()), ChronoUnit.MONTHS) + 1;
      return HeadcountReport.of(headcountPlan.plan(first, months), scope, now);
    }
    // no session settings on the connection: it goes back to the pool as it came
    try (Connection db = dataSource.getConnection()) {
      return switch (name) {
        case "funnel" -> FunnelReport.of(db, scope, by, now);
        case "time-in-stage" -> StageTimeReport.of(db, scope, now);
        case "time-to-fill" -> TimeReports.timeToFill(db, scope, now);
        case "time-to-hire" -> TimeReports.timeToHire(db, scope, now);
        case "offers" -> ActivityReports.offers(db, scope, now);
        case "interviews" -> ActivityReports.interviews(db, scope, now);
        case "licensing" -> OnboardingReports.licensing(db, scope, now);
        case "sources" -> SourceReport.of(db, scope, LocalDate.now(scope.zone()), now);
        case "eeo-applicants" -> EeoReport.applicants(db, scope, question, now);
        case "eeo-selection" ->
            EeoReport.selection(
                db, scope, question, eeoLinks.of(EeoReport.hiredApplications(db, scope)), now);
        default -> OnboardingReports.attrition(db, scope, LocalDate.now(scope.zone()), now);
      };
    } catch (SQLException e) {
      throw new IllegalStateException("The report database connection failed.", e);
    }
  }

  private static boolean allowed(AppUser me, ReportKind kind) {
    if (kind.adminOnly()) {
      return me.hasRole(Role.ADMIN);
    }
    return me.hasRole(Role.ADMIN)
        || me.hasRole(Role.RECRUITER)
        || me.hasRole(Role.HIRING_MANAGER)
        || kind.onboarding() && me.hasRole(Role.TRAINER);
  }

  private Scope scope(AppUser me, Filters f) {
    Map<String, String> problems = new LinkedHashMap<>();
    ZoneId zone = ZoneId.of(me.timeZone());
    if (f.zone() != null && !f.zone().isBlank()) {
      try {
        zone = ZoneId.of(f.zone());
      } catch (DateTimeException e) {
        problems.put("zone", "is not a time zone such as America/Chicago");
      }
    }
    LocalDate to = f.to() == null ? LocalDate.now(zone) : f.to();
    LocalDate from = f.from() == null ? to.minusDays(89) : f.from();
    if (from.isAfter(to)) {
      problems.put("from", "must not be after to");
    } else if (ChronoUnit.DAYS.between(from, to) >= LONGEST_SPAN_DAYS) {
      problems.put("to", "is more than three years after from; choose a shorter period");
    }
    String channel = null;
    if (f.channel() != null && !f.channel().isBlank()) {
      try {
        channel = IntakeChannel.valueOf(f.channel()).name();
      } catch (IllegalArgumentException e) {
        problems.put("channel", "is not one of " + List.of(IntakeChannel.values()));
      }
    }
    String state = null;
    if (f.state() != null && !f.state().isBlank()) {
      state = States.code(f.state());
      if (state == null) {
        problems.put("state", "is not a US state or DC");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Set<Long> teams = null;
    Set<Long> classes = null;
    if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.RECRUITER)) {
      if (me.hasRole(Role.HIRING_MANAGER)) {
        teams = me.team() == null ? Set.of() : Set.of(me.team().id());
      } else {
        classes = taught(me);
      }
    }
    if (f.teamId() != null) {
      if (teams != null && !teams.contains(f.teamId())) {
        throw new ForbiddenException("You see the reports of your own team only.");
      }
      teams = Set.of(f.teamId());
    }
    return new Scope(from, to, zone, teams, classes, f.requisitionId(), channel, f.source(), state);
  }

  private Set<Long> taught(AppUser me) {
    return Set.copyOf(
        em.createQuery(
                "select c.id from TrainingClass c where :me member of c.trainers", Long.class)
            .setParameter("me", me)
            .getResultList());
  }

  private static FunnelReport.By by(String by) {
    if (by == null || by.isBlank()) {
      return FunnelReport.By.NONE;
    }
    try {
      return FunnelReport.By.valueOf(by.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("by", "is one of source, channel, requisition, team");
    }
  }

  private static EeoReport.Question question(String question) {
    try {
      return EeoReport.Question.of(question);
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("question", "is one of gender, race, veteran, disability");
    }
  }
}
