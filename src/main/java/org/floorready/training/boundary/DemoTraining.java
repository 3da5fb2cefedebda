package org.floorready.training.boundary;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.ApplicationStage;
import org.floorready.platform.demo.SeedDemoData;
import org.floorready.requisition.entity.RequisitionStatus;
import org.floorready.security.entity.AppUser;
import org.floorready.training.control.FederalHolidays;
import org.floorready.training.control.SessionPlanner;
import org.floorready.training.entity.AssessmentAttempt;
import org.floorready.training.entity.Attendance;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.ModuleKind;
import org.floorready.training.entity.NestingCheck;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.ScoreRule;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingModule;
import org.floorready.training.entity.TrainingProgram;

/**
 * Demo training: the inside-sales program; two running classes with mixed progress (marks, a few
 * absences, scores with a failed attempt), two graduated classes with attrition of both kinds (the
 * filled requisition's cohort, and a few of the open ones' hires), and an upcoming class that
 * offers can target. The people are the demo pipeline's hires.
 */
@ApplicationScoped
public class DemoTraining {
  private static final String TRAINER = "taylor.trainer@floorready.example.com";

  @PersistenceContext EntityManager em;

  @Transactional
  void seed(@Observes @Priority(500) SeedDemoData demo) {
    AppUser taylor =
        em.createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
            .setParameter("email", TRAINER)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (taylor == null) {
      return;
    }
    TrainingProgram program =
        new TrainingProgram(
            "P&C Inside Sales Agent",
            "Five weeks: licensing preparation, systems, product, compliance and sales skills, then"
                + " supervised nesting on live calls.",
            List.of(
                new TrainingModule.Definition(
                    "Licensing preparation", ModuleKind.LICENSING_PREP, 40, 70, 2, ScoreRule.BEST),
                new TrainingModule.Definition(
                    "Quoting and CRM systems", ModuleKind.SYSTEMS, 24, null, 0, null),
                new TrainingModule.Definition(
                    "Auto and home products", ModuleKind.PRODUCT, 24, 80, 1, ScoreRule.LATEST),
                new TrainingModule.Definition(
                    "Compliance and disclosures", ModuleKind.COMPLIANCE, 8, 85, 1, ScoreRule.BEST),
                new TrainingModule.Definition(
                    "Sales skills and role plays",
                    ModuleKind.SALES_SKILLS,
                    24,
                    75,
                    1,
                    ScoreRule.BEST),
                new TrainingModule.Definition(
                    "Nesting on the floor", ModuleKind.NESTING, 80, null, 0, null)));
    em.persist(program);
    em.flush();
    ZoneId east = ZoneId.of("America/New_York");
    ZoneId central = ZoneId.of("America/Chicago");
    LocalDate monday = LocalDate.now(east).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    TrainingClass running =
        klass(
            program,
            "Charlotte Class A",
            monday.minusWeeks(3),
            20,
            "Charlotte, NC",
            false,
            east,
            taylor);
    TrainingClass virtual =
        klass(program, "Virtual Class B", monday.minusWeeks(1), 25, "Zoom", true, central, taylor);
    TrainingClass graduated =
        klass(
            program,
            "Charlotte Class C (graduated)",
            monday.minusWeeks(20),
            25,
            "Charlotte, NC",
            false,
            east,
            taylor);
    TrainingClass earlier =
        klass(
            program,
            "Charlotte Class E (graduated)",
            monday.minusWeeks(22),
            25,
            "Charlotte, NC",
            false,
            east,
            taylor);
    klass(
        program,
        "Charlotte Class D",
        monday.plusWeeks(3),
        20,
        "Charlotte, NC",
        false,
        east,
        taylor);
    List<Application> hired =
        em.createQuery(
                "select a from Application a where a.stage = :hired order by a.id",
                Application.class)
            .setParameter("hired", ApplicationStage.HIRED.name())
            .getResultList();
    int n = 0;
    int k = 0;
    for (Application a : hired) {
      if (a.requisition().status() == RequisitionStatus.FILLED) {
        // the filled requisition's cohort: two graduated classes, one in five leaving early
        TrainingClass target = k % 2 == 0 ? earlier : graduated;
        progress(enrol(a, target), 20 + k, k % 10 == 4 ? 2 : k % 10 == 9 ? 3 : k % 2);
        k++;
        continue;
      }
      TrainingClass target = n < 5 ? running : n < 8 ? virtual : graduated;
      NewHire hire = enrol(a, target);
      progress(hire, n, target == graduated ? n - 8 : -1);
      n++;
    }
  }

  private TrainingClass klass(
      TrainingProgram program,
      String name,
      LocalDate start,
      int capacity,
      String place,
      boolean virtual,
      ZoneId zone,
      AppUser trainer) {
    TrainingClass c =
        new TrainingClass(
            program,
            new TrainingClass.Details(name, start, capacity, place, virtual, zone, Set.of(trainer)),
            "system",
            Instant.now());
    em.persist(c);
    var week =
        new SessionPlanner.WeeklyPattern(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            LocalTime.of(9, 0),
            LocalTime.of(17, 0));
    List<TrainingModule> modules = program.modules();
    for (SessionPlanner.Planned p :
        SessionPlanner.plan(
            start,
            modules.stream().map(TrainingModule::plannedHours).toList(),
            week,
            FederalHolidays.between(start, start.plusYears(1)))) {
      TrainingModule m = modules.get(p.module());
      em.persist(new ClassSession(c, m, p.day(), p.from(), p.to(), m.name()));
    }
    em.flush();
    return c;
  }

  private NewHire enrol(Application a, TrainingClass c) {
    NewHire hire =
        new NewHire(
            new NewHire.Hire(
                a.id(),
                a.candidate().id(),
                a.requisition().id(),
                a.requisition().team() == null ? null : a.requisition().team().id(),
                a.candidate().fullName(),
                a.candidate().primaryEmail()),
            c,
            c.startDate().minusDays(10).atStartOfDay(c.zone()).toInstant());
    em.persist(hire);
    em.flush();
    return hire;
  }

  /**
   * Marks and scores up to today: person {@code n} of the demo; {@code graduate} ≥ 0 for the
   * graduated class (0, 1 graduate; 2 resigned; 3 released).
   */
  private void progress(NewHire hire, int n, int graduate) {
    TrainingClass c = hire.trainingClass();
    LocalDate today = LocalDate.now(c.zone());
    List<ClassSession> sessions =
        em.createQuery(
                "select s from ClassSession s where s.trainingClass = :c order by s.day",
                ClassSession.class)
            .setParameter("c", c)
            .getResultList();
    LocalDate leftOn =
        graduate == 2
            ? c.startDate().plusDays(9)
            : graduate == 3 ? c.startDate().plusDays(24) : null;
    int i = 0;
    for (ClassSession s : sessions) {
      if (!s.day().isBefore(today) || leftOn != null && s.day().isAfter(leftOn)) {
        break;
      }
      AttendanceMark mark =
          n == 1 && (i == 3 || i == 7)
              ? AttendanceMark.ABSENT
              : n == 2 && i % 4 == 1
                  ? AttendanceMark.LATE
                  : i == 5 && n == 3 ? AttendanceMark.EXCUSED : AttendanceMark.PRESENT;
      Attendance a = new Attendance(s.id(), hire.id());
      a.mark(
          mark,
          mark == AttendanceMark.EXCUSED ? "Doctor's appointment" : null,
          TRAINER,
          s.end().toInstant());
      em.persist(a);
      i++;
    }
    for (TrainingModule m : c.program().modules()) {
      LocalDate last =
          sessions.stream()
              .filter(s -> s.module().id().equals(m.id()))
              .map(ClassSession::day)
              .max(LocalDate::compareTo)
              .orElse(today);
      if (!m.assessed() || !last.isBefore(today) || leftOn != null && last.isAfter(leftOn)) {
        continue;
      }
      boolean weak = n == 4 || graduate == 3;
      int first =
          weak && m.kind() == ModuleKind.LICENSING_PREP ? 62 : 78 + (n * 7 + m.position() * 3) % 20;
      em.persist(
          new AssessmentAttempt(
              hire.id(), m.id(), 1, first, last, TRAINER, last.atStartOfDay(c.zone()).toInstant()));
      if (graduate == 3 && m.kind() == ModuleKind.LICENSING_PREP) {
        em.persist(
            new AssessmentAttempt(
                hire.id(), m.id(), 2, 64, last.plusDays(3), TRAINER, Instant.now()));
        em.persist(
            new AssessmentAttempt(
                hire.id(), m.id(), 3, 66, last.plusDays(6), TRAINER, Instant.now()));
      }
    }
    if (graduate == 0 || graduate == 1) {
      LocalDate nesting =
          sessions.stream()
              .filter(s -> s.module().kind() == ModuleKind.NESTING)
              .map(ClassSession::day)
              .min(LocalDate::compareTo)
              .orElseThrow();
      hire.reach(NewHire.Milestone.NESTING_START, nesting, today);
      for (int week = 0; week < 2; week++) {
        NestingCheck check = new NestingCheck(hire.id(), nesting.plusWeeks(week));
        check.record(
            week == 1 || graduate == 0,
            week == 1 ? "Handles objections well" : "Needs work on call control",
            TRAINER,
            Instant.now());
        em.persist(check);
      }
      hire.reach(NewHire.Milestone.GRADUATED, nesting.plusWeeks(2), today);
    } else if (graduate == 2) {
      hire.leave(NewHire.Departure.RESIGNED, leftOn, "Took a job closer to home", today);
    } else if (graduate == 3) {
      hire.leave(
          NewHire.Departure.RELEASED,
          leftOn,
          "Did not reach the licensing preparation pass mark after two retakes",
          today);
    }
  }
}
