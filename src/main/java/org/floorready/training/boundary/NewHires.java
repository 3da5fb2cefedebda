package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.control.AtRiskRules;
import org.floorready.training.entity.AssessmentAttempt;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.FlagAcknowledgement;
import org.floorready.training.entity.NestingCheck;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireLeft;
import org.floorready.training.entity.NewHireStatus;
import org.floorready.training.entity.NotInThisClass;
import org.floorready.training.entity.TrainingModule;

/**
 * A new hire's record: the page (class, progress, scores, nesting, flags, history), and what a
 * trainer records on it — assessment attempts, milestones, weekly nesting checks, a departure,
 * acknowledgements of at-risk flags. Each change locks the person's row, so parallel requests (two
 * attempts at once, say) are counted once each and in order.
 */
@ApplicationScoped
@Transactional
public class NewHires {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;

  @Inject
  @ConfigProperty(name = "floorready.training.reopen-opening-on-departure", defaultValue = "true")
  boolean reopenByDefault;

  public record AttemptView(int attempt, int score, LocalDate takenOn, String gradedBy) {}

  public record ModuleProgress(
      long moduleId,
      String module,
      String kind,
      int sessions,
      int held,
      Integer passMark,
      Integer score,
      Boolean passed,
      int retakesLeft,
      List<AttemptView> attempts) {}

  public record NestingView(LocalDate weekOf, boolean ready, String note, String checkedBy) {}

  public record HistoryLine(LocalDate on, String what) {}

  public record NewHireView(
      long id,
      String name,
      String email,
      long applicationId,
      long requisitionId,
      long classId,
      String className,
      LocalDate classStart,
      String status,
      String statusLabel,
      LocalDate statusOn,
      String statusReason,
      Instant hiredAt,
      LocalDate classroomDoneOn,
      LocalDate nestingStartOn,
      LocalDate graduatedOn,
      boolean openingReopened,
      Double attendanceRate,
      int sessionsHeld,
      int absences,
      List<ModuleProgress> modules,
      List<NestingView> nesting,
      List<AtRiskFlag> flags,
      List<HistoryLine> history,
      boolean canTeach,
      long version) {}

  public NewHireView get(long id) {
    AppUser me = caller.user();
    NewHire n = records.seen(id, me);
    return view(n, me);
  }

  public NewHireView recordAttempt(long id, long moduleId, int score, LocalDate takenOn) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(id, me);
    n.requireStaying();
    TrainingModule module =
        n.trainingClass().program().modules().stream()
            .filter(m -> m.id() == moduleId)
            .findFirst()
            .orElseThrow(
                () ->
                    new NotInThisClass(
                        "Module "
                            + moduleId
                            + " is not part of "
                            + n.trainingClass().name()
                            + "'s program; nothing was saved."));
    LocalDate today = LocalDate.now(n.trainingClass().zone());
    LocalDate on = takenOn == null ? today : takenOn;
    if (on.isAfter(today) || on.isBefore(n.trainingClass().startDate())) {
      throw new InvalidInput("takenOn", "must be between the class start and today");
    }
    List<Integer> before =
        records.attempts(List.of(n.id())).stream()
            .filter(a -> a.moduleId() == moduleId)
            .map(AssessmentAttempt::score)
            .toList();
    module.requireAttemptAllowed(before);
    AssessmentAttempt attempt =
        new AssessmentAttempt(
            n.id(), moduleId, before.size() + 1, score, on, me.email(), Instant.now());
    em.persist(attempt);
    em.flush();
    audit.updated(
        n,
        n.auditState(),
        module.name() + " attempt " + attempt.attempt() + ": " + score + " (" + n.fullName() + ")");
    return view(n, me);
  }

  public NewHireView reach(long id, NewHire.Milestone milestone, LocalDate on) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(id, me);
    Map<String, Object> before = n.auditState();
    LocalDate today = LocalDate.now(n.trainingClass().zone());
    n.reach(milestone, on == null ? today : on, today);
    audit.updated(
        n, before, n.fullName() + ": " + milestone.name().toLowerCase().replace('_', ' '));
    return view(n, me);
  }

  /**
   * The person resigned or was released. The opening they filled reopens (configurable, and per
   * request) so the headcount plan stays true; the requisition's history says why.
   */
  public NewHireView leave(
      long id, NewHire.Departure how, LocalDate on, String reason, Boolean reopenOpening) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(id, me);
    Map<String, Object> before = n.auditState();
    LocalDate today = LocalDate.now(n.trainingClass().zone());
    n.leave(how, on == null ? today : on, reason, today);
    boolean reopen = reopenOpening == null ? reopenByDefault : reopenOpening;
    if (reopen) {
      Requisition r = em.find(Requisition.class, n.requisitionId(), LockModeType.PESSIMISTIC_WRITE);
      Map<String, Object> requisitionBefore = r.auditState();
      r.vacate(
              n.applicationId(),
              me.email(),
              n.fullName() + " " + how.name().toLowerCase() + " in training",
              Instant.now())
          .ifPresent(
              seat -> {
                n.openingReopened();
                audit.updated(
                    r,
                    requisitionBefore,
                    "Opening " + seat.number() + " reopened: " + n.fullName() + " left");
              });
    }
    audit.updated(n, before, n.fullName() + " " + n.status().label().toLowerCase());
    return view(n, me);
  }

  public NewHireView checkNesting(long id, LocalDate week, boolean ready, String note) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(id, me);
    if (n.status() != NewHireStatus.NESTING) {
      throw new NewHireLeft(n.fullName() + " is not nesting: record the nesting start first.");
    }
    LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    if (monday.isBefore(n.nestingStartOn().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
        || monday.isAfter(LocalDate.now(n.trainingClass().zone()))) {
      throw new InvalidInput("weekOf", "must be a week from the nesting start until this week");
    }
    NestingCheck check =
        em
            .createQuery(
                "select c from NestingCheck c where c.newHireId = :n and c.weekOf = :w",
                NestingCheck.class)
            .setParameter("n", n.id())
            .setParameter("w", monday)
            .getResultList()
            .stream()
            .findFirst()
            .orElseGet(
                () -> {
                  NestingCheck c = new NestingCheck(n.id(), monday);
                  em.persist(c);
                  return c;
                });
    check.record(ready, note, me.email(), Instant.now());
    em.flush();
    audit.updated(
        n, n.auditState(), "Nesting week of " + monday + ": " + (ready ? "ready" : "not yet"));
    return view(n, me);
  }

  public NewHireView acknowledge(long id, String flag, String note) {
    AppUser me = caller.user();
    NewHire n = records.taughtHire(id, me);
    ClassRecord record =
        ClassRecord.load(em, n.trainingClass(), n.id(), Classes.now(n.trainingClass()));
    if (record.flags(n).stream().noneMatch(f -> f.code().equals(flag))) {
      throw new InvalidInput("flag", "is not a current flag of this person");
    }
    FlagAcknowledgement ack =
        em
            .createQuery(
                "select f from FlagAcknowledgement f where f.newHireId = :n and f.flag = :f",
                FlagAcknowledgement.class)
            .setParameter("n", n.id())
            .setParameter("f", flag)
            .getResultList()
            .stream()
            .findFirst()
            .orElseGet(
                () -> {
                  FlagAcknowledgement f = new FlagAcknowledgement(n.id(), flag);
                  em.persist(f);
                  return f;
                });
    ack.note(note, me.email(), Instant.now());
    em.flush();
    audit.updated(n, n.auditState(), "At-risk flag " + flag + " acknowledged: " + note);
    return view(n, me);
  }

  NewHireView view(NewHire n, AppUser me) {
    ClassRecord record =
        ClassRecord.load(em, n.trainingClass(), n.id(), Classes.now(n.trainingClass()));
    List<ClassSession> held = record.heldFor(n);
    List<ModuleProgress> modules = new ArrayList<>();
    for (TrainingModule m : record.modules()) {
      List<ClassSession> ofModule =
          record.sessions.stream()
              .filter(s -> !s.cancelled() && s.module() != null && s.module().id().equals(m.id()))
              .toList();
      TrainingModule.Result r = record.result(n, m);
      modules.add(
          new ModuleProgress(
              m.id(),
              m.name(),
              m.kind().label(),
              ofModule.size(),
              (int) ofModule.stream().filter(held::contains).count(),
              m.passMark().orElse(null),
              r.score(),
              r.score() == null ? null : r.passed(),
              r.retakesLeft(),
              record.attempts(n, m).stream()
                  .map(a -> new AttemptView(a.attempt(), a.score(), a.takenOn(), a.gradedBy()))
                  .toList()));
    }
    var marks = record.marks(n);
    return new NewHireView(
        n.id(),
        n.fullName(),
        n.email(),
        n.applicationId(),
        n.requisitionId(),
        n.trainingClass().id(),
        n.trainingClass().name(),
        n.trainingClass().startDate(),
        n.status().name(),
        n.status().label(),
        n.statusOn(),
        n.statusReason(),
        n.hiredAt(),
        n.classroomDoneOn(),
        n.nestingStartOn(),
        n.graduatedOn(),
        n.isOpeningReopened(),
        AtRiskRules.attendanceRate(marks).orElse(null),
        held.size(),
        (int)
            marks.stream()
                .filter(m -> m == org.floorready.training.entity.AttendanceMark.ABSENT)
                .count(),
        modules,
        record.nesting(n).stream()
            .map(c -> new NestingView(c.weekOf(), c.ready(), c.note(), c.checkedBy()))
            .toList(),
        record.flags(n),
        history(n, record),
        org.floorready.training.control.TrainingAccess.canTeach(me, n.trainingClass()),
        n.version());
  }

  private static List<HistoryLine> history(NewHire n, ClassRecord record) {
    List<HistoryLine> lines = new ArrayList<>();
    lines.add(
        new HistoryLine(
            n.hiredAt().atZone(n.trainingClass().zone()).toLocalDate(), "Hired (offer accepted)"));
    lines.add(
        new HistoryLine(
            n.trainingClass().startDate(), "Class " + n.trainingClass().name() + " starts"));
    for (TrainingModule m : record.modules()) {
      for (AssessmentAttempt a : record.attempts(n, m)) {
        lines.add(
            new HistoryLine(
                a.takenOn(), m.name() + ": attempt " + a.attempt() + " scored " + a.score()));
      }
    }
    if (n.classroomDoneOn() != null) {
      lines.add(new HistoryLine(n.classroomDoneOn(), "Classroom complete"));
    }
    if (n.nestingStartOn() != null) {
      lines.add(new HistoryLine(n.nestingStartOn(), "Nesting started"));
    }
    record
        .nesting(n)
        .forEach(
            c ->
                lines.add(
                    new HistoryLine(
                        c.weekOf(), "Nesting check: " + (c.ready() ? "ready" : "not yet"))));
    if (n.graduatedOn() != null) {
      lines.add(new HistoryLine(n.graduatedOn(), "Graduated: on the floor"));
    }
    if (n.status().left()) {
      lines.add(new HistoryLine(n.statusOn(), n.status().label() + ": " + n.statusReason()));
    }
    lines.sort(java.util.Comparator.comparing(HistoryLine::on));
    return lines;
  }
}
