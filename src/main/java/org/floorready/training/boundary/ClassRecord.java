package org.floorready.training.boundary;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.floorready.training.control.AtRiskRules;
import org.floorready.training.control.Attrition;
import org.floorready.training.entity.AssessmentAttempt;
import org.floorready.training.entity.Attendance;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.FlagAcknowledgement;
import org.floorready.training.entity.NestingCheck;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingModule;

/**
 * Everything recorded about a class, loaded in six queries (people, sessions, marks, attempts,
 * nesting checks, acknowledgements) so the roster, the trainer's home and a new hire's page compute
 * from one snapshot instead of a query per person and session.
 */
final class ClassRecord {
  final TrainingClass trainingClass;
  final List<NewHire> people;
  final List<ClassSession> sessions;
  final ZonedDateTime now;
  private final Map<Long, Map<Long, Attendance>> marksByHire = new HashMap<>();
  private final Map<Long, List<AssessmentAttempt>> attemptsByHire;
  private final Map<Long, List<NestingCheck>> nestingByHire;
  private final Map<Long, Map<String, FlagAcknowledgement>> acksByHire;

  private ClassRecord(
      TrainingClass c,
      List<NewHire> people,
      List<ClassSession> sessions,
      List<Attendance> marks,
      List<AssessmentAttempt> attempts,
      List<NestingCheck> checks,
      List<FlagAcknowledgement> acks,
      ZonedDateTime now) {
    this.trainingClass = c;
    this.people = people;
    this.sessions = sessions;
    this.now = now;
    marks.forEach(
        m ->
            marksByHire.computeIfAbsent(m.newHireId(), k -> new HashMap<>()).put(m.sessionId(), m));
    this.attemptsByHire =
        attempts.stream().collect(Collectors.groupingBy(AssessmentAttempt::newHireId));
    this.nestingByHire = checks.stream().collect(Collectors.groupingBy(NestingCheck::newHireId));
    this.acksByHire =
        acks.stream()
            .collect(
                Collectors.groupingBy(
                    FlagAcknowledgement::newHireId,
                    Collectors.toMap(FlagAcknowledgement::flag, a -> a, (a, b) -> a)));
  }

  /** Loads the class's records; {@code only} limits the people (null: everyone). */
  static ClassRecord load(EntityManager em, TrainingClass c, Long only, ZonedDateTime now) {
    List<NewHire> people =
        em.createNamedQuery(NewHire.IN_CLASS, NewHire.class).setParameter("c", c).getResultList();
    if (only != null) {
      people = people.stream().filter(p -> p.id().equals(only)).toList();
    }
    List<ClassSession> sessions =
        em.createQuery(
                "select s from ClassSession s left join fetch s.module where s.trainingClass = :c"
                    + " order by s.day, s.startsAt, s.id",
                ClassSession.class)
            .setParameter("c", c)
            .getResultList();
    List<Long> ids = people.stream().map(NewHire::id).toList();
    if (ids.isEmpty()) {
      return new ClassRecord(c, people, sessions, List.of(), List.of(), List.of(), List.of(), now);
    }
    return new ClassRecord(
        c,
        people,
        sessions,
        em.createQuery("select a from Attendance a where a.newHireId in :h", Attendance.class)
            .setParameter("h", ids)
            .getResultList(),
        em.createQuery(
                "select a from AssessmentAttempt a where a.newHireId in :h order by a.attempt",
                AssessmentAttempt.class)
            .setParameter("h", ids)
            .getResultList(),
        em.createQuery(
                "select n from NestingCheck n where n.newHireId in :h order by n.weekOf",
                NestingCheck.class)
            .setParameter("h", ids)
            .getResultList(),
        em.createQuery(
                "select f from FlagAcknowledgement f where f.newHireId in :h",
                FlagAcknowledgement.class)
            .setParameter("h", ids)
            .getResultList(),
        now);
  }

  List<TrainingModule> modules() {
    return trainingClass.program().modules();
  }

  /** Sessions that took place: begun by now and not cancelled. */
  List<ClassSession> held() {
    return sessions.stream().filter(s -> !s.cancelled() && s.begun(now)).toList();
  }

  /** Sessions a person was expected at: held, from the start until the day they left. */
  List<ClassSession> heldFor(NewHire p) {
    LocalDate until = p.status().left() ? p.statusOn() : null;
    return held().stream().filter(s -> until == null || !s.day().isAfter(until)).toList();
  }

  Attendance mark(NewHire p, ClassSession s) {
    return marksByHire.getOrDefault(p.id(), Map.of()).get(s.id());
  }

  /** The marks of the held sessions that have one. */
  List<AttendanceMark> marks(NewHire p) {
    List<AttendanceMark> marks = new ArrayList<>();
    for (ClassSession s : heldFor(p)) {
      Attendance a = mark(p, s);
      if (a != null) {
        marks.add(a.mark());
      }
    }
    return marks;
  }

  List<AssessmentAttempt> attempts(NewHire p, TrainingModule m) {
    return attemptsByHire.getOrDefault(p.id(), List.of()).stream()
        .filter(a -> a.moduleId() == m.id())
        .toList();
  }

  TrainingModule.Result result(NewHire p, TrainingModule m) {
    return m.result(attempts(p, m).stream().map(AssessmentAttempt::score).toList());
  }

  List<NestingCheck> nesting(NewHire p) {
    return nestingByHire.getOrDefault(p.id(), List.of());
  }

  /** Every flag of the person (none once they left), with its acknowledgement if there is one. */
  List<AtRiskFlag> flags(NewHire p) {
    if (p.status().left()) {
      return List.of();
    }
    List<AtRiskRules.ModuleStanding> standings =
        modules().stream()
            .filter(TrainingModule::assessed)
            .map(m -> new AtRiskRules.ModuleStanding(m.id(), m.name(), result(p, m)))
            .toList();
    Map<String, FlagAcknowledgement> acks = acksByHire.getOrDefault(p.id(), Map.of());
    return AtRiskRules.flags(
            marks(p), standings, nesting(p).stream().map(NestingCheck::ready).toList())
        .stream()
        .map(
            f -> {
              FlagAcknowledgement a = acks.get(f.code());
              return new AtRiskFlag(
                  f.code(),
                  f.reason(),
                  a == null ? null : a.note(),
                  a == null ? null : a.acknowledgedBy(),
                  a == null ? null : a.acknowledgedAt());
            })
        .toList();
  }

  /** Modules whose last session is over, and the people still in class without a score for it. */
  Map<TrainingModule, List<NewHire>> toGrade() {
    Map<TrainingModule, List<NewHire>> due = new java.util.LinkedHashMap<>();
    Set<Long> heldIds = held().stream().map(ClassSession::id).collect(Collectors.toSet());
    for (TrainingModule m : modules()) {
      List<ClassSession> ofModule =
          sessions.stream()
              .filter(s -> !s.cancelled() && s.module() != null && s.module().id().equals(m.id()))
              .toList();
      boolean over =
          !ofModule.isEmpty() && ofModule.stream().allMatch(s -> heldIds.contains(s.id()));
      if (!m.assessed() || !over) {
        continue;
      }
      List<NewHire> missing =
          people.stream().filter(p -> !p.status().left() && attempts(p, m).isEmpty()).toList();
      if (!missing.isEmpty()) {
        due.put(m, missing);
      }
    }
    return due;
  }

  Attrition.Summary attrition() {
    return Attrition.of(
        trainingClass.startDate(),
        people.stream().map(p -> new Attrition.Person(p.status(), p.statusOn())).toList(),
        now.toLocalDate());
  }
}
