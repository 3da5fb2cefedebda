package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.StaleEdit;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.control.FederalHolidays;
import org.floorready.training.control.SessionPlanner;
import org.floorready.training.control.TrainingAccess;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.ModuleInUse;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingModule;
import org.floorready.training.entity.TrainingProgram;

/**
 * Classes and their session calendars. Admins and trainers create classes; a trainer edits the
 * classes they teach. Recruiters list classes (with seats left) to make offers into them.
 */
@ApplicationScoped
@Transactional
public class Classes {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;

  /** A class in a list: what a recruiter choosing a start date needs, and a trainer's overview. */
  public record ClassListItem(
      long id,
      String name,
      long programId,
      String program,
      LocalDate startDate,
      LocalDate endDate,
      String state,
      int capacity,
      long enrolled,
      long seatsLeft,
      String location,
      boolean virtual,
      String timeZone,
      List<String> trainers,
      boolean mine) {}

  public record SessionView(
      long id,
      LocalDate day,
      LocalTime startsAt,
      LocalTime endsAt,
      Long moduleId,
      String module,
      String topic,
      boolean cancelled,
      long version) {
    static SessionView of(ClassSession s) {
      return new SessionView(
          s.id(),
          s.day(),
          s.startsAt(),
          s.endsAt(),
          s.module() == null ? null : s.module().id(),
          s.module() == null ? null : s.module().name(),
          s.topic(),
          s.cancelled(),
          s.version());
    }
  }

  public record TrainerView(long id, String name, String email) {}

  public record ClassView(
      ClassListItem overview,
      List<TrainerView> trainers,
      Programs.ProgramView program,
      List<SessionView> sessions,
      long version) {}

  /** What the class form sends, resolved. */
  public record ClassInput(
      long programId,
      String name,
      LocalDate startDate,
      int capacity,
      String location,
      boolean virtual,
      ZoneId zone,
      List<Long> trainerIds) {}

  /** How to generate sessions: the weekly pattern and the days to skip. */
  public record Plan(
      SessionPlanner.WeeklyPattern week, boolean skipFederalHolidays, Set<LocalDate> daysOff) {}

  public List<ClassListItem> list(boolean mineOnly) {
    AppUser me = caller.user();
    if (!TrainingAccess.canListClasses(me)) {
      throw new ForbiddenException("Recruiters, trainers and admins see classes.");
    }
    List<TrainingClass> all =
        em.createQuery(
                "select distinct c from TrainingClass c left join fetch c.trainers"
                    + " order by c.startDate desc, c.id desc",
                TrainingClass.class)
            .getResultList();
    Map<Long, Long> enrolled = enrolledByClass();
    Map<Long, LocalDate[]> spans = spans();
    LocalDate today = LocalDate.now(caller.zone());
    return all.stream()
        .filter(c -> !mineOnly || c.taughtBy(me))
        .map(c -> item(c, enrolled.getOrDefault(c.id(), 0L), spans.get(c.id()), me, today))
        .toList();
  }

  public ClassView get(long id) {
    AppUser me = caller.user();
    TrainingClass c = records.taught(id, me, false);
    return view(c, me);
  }

  public ClassView create(ClassInput input, Plan plan) {
    AppUser me = caller.user();
    if (!me.hasRole(Role.ADMIN) && !me.hasRole(Role.TRAINER)) {
      throw new ForbiddenException("Trainers and admins create classes.");
    }
    TrainingProgram program = records.program(input.programId());
    TrainingClass c = new TrainingClass(program, details(input, me), me.email(), Instant.now());
    em.persist(c);
    em.flush();
    if (plan != null) {
      generate(c, plan);
    }
    audit.created(c);
    return view(c, me);
  }

  public ClassView edit(long id, ClassInput input, Long version) {
    AppUser me = caller.user();
    TrainingClass c = records.taught(id, me, true);
    if (version != null && version != c.version()) {
      throw new StaleEdit(
          "Someone changed this class since you loaded it. Reload it and apply your change again.",
          view(c, me));
    }
    if (input.programId() != c.program().id()) {
      throw new InvalidInput("programId", "cannot change once the class exists");
    }
    Map<String, Object> before = c.auditState();
    c.edit(details(input, me), records.enrolled(c));
    audit.updated(c, before, "Class " + c.name() + " changed");
    em.flush();
    return view(c, me);
  }

  /**
   * Replaces the class's sessions with ones generated from the program and the pattern; refused
   * once any roll call was taken (edit sessions one by one then).
   */
  public ClassView planSessions(long id, Plan plan) {
    AppUser me = caller.user();
    TrainingClass c = records.taught(id, me, true);
    long marked =
        em.createQuery(
                "select count(a) from Attendance a, ClassSession s where a.sessionId = s.id"
                    + " and s.trainingClass = :c",
                Long.class)
            .setParameter("c", c)
            .getSingleResult();
    if (marked > 0) {
      throw new ModuleInUse(
          "Roll call was taken in this class: change its sessions one by one instead of"
              + " generating them again.");
    }
    em.createQuery("delete from ClassSession s where s.trainingClass = :c")
        .setParameter("c", c)
        .executeUpdate();
    int count = generate(c, plan);
    audit.updated(c, c.auditState(), "Sessions of class " + c.name() + " generated: " + count);
    return view(c, me);
  }

  /** Adds one session (an extra day, a make-up). */
  public SessionView addSession(
      long classId, Long moduleId, LocalDate day, LocalTime from, LocalTime to, String topic) {
    AppUser me = caller.user();
    TrainingClass c = records.taught(classId, me, false);
    ClassSession s = new ClassSession(c, module(c, moduleId), day, from, to, topic);
    requireOnOrAfterStart(c, day);
    em.persist(s);
    em.flush();
    audit.updated(c, c.auditState(), "Session on " + day + " added to class " + c.name());
    return SessionView.of(s);
  }

  public SessionView editSession(
      long sessionId,
      Long moduleId,
      LocalDate day,
      LocalTime from,
      LocalTime to,
      String topic,
      boolean cancelled,
      Long version) {
    AppUser me = caller.user();
    ClassSession s = records.session(sessionId, me);
    if (version != null && version != s.version()) {
      throw new StaleEdit(
          "Someone changed this session since you loaded it. Reload it and apply your change again.",
          SessionView.of(s));
    }
    requireOnOrAfterStart(s.trainingClass(), day);
    s.reschedule(day, from, to, topic);
    s.cancel(cancelled);
    audit.updated(
        s.trainingClass(),
        s.trainingClass().auditState(),
        "Session "
            + s.id()
            + " set to "
            + day
            + " "
            + from
            + "–"
            + to
            + (cancelled ? " (cancelled)" : ""));
    em.flush();
    return SessionView.of(s);
  }

  private static void requireOnOrAfterStart(TrainingClass c, LocalDate day) {
    if (day.isBefore(c.startDate())) {
      throw new InvalidInput("day", "must not be before the class starts (" + c.startDate() + ")");
    }
  }

  private TrainingModule module(TrainingClass c, Long moduleId) {
    if (moduleId == null) {
      return null;
    }
    return c.program().modules().stream()
        .filter(m -> m.id().equals(moduleId))
        .findFirst()
        .orElseThrow(() -> new InvalidInput("moduleId", "is not a module of the class's program"));
  }

  private int generate(TrainingClass c, Plan plan) {
    List<TrainingModule> modules = c.program().modules();
    Set<LocalDate> skip = new TreeSet<>(plan.daysOff() == null ? Set.of() : plan.daysOff());
    if (plan.skipFederalHolidays()) {
      skip.addAll(FederalHolidays.between(c.startDate(), c.startDate().plusYears(1)));
    }
    List<SessionPlanner.Planned> planned =
        SessionPlanner.plan(
            c.startDate(),
            modules.stream().map(TrainingModule::plannedHours).toList(),
            plan.week(),
            skip);
    for (SessionPlanner.Planned p : planned) {
      TrainingModule m = modules.get(p.module());
      em.persist(new ClassSession(c, m, p.day(), p.from(), p.to(), m.name()));
    }
    em.flush();
    return planned.size();
  }

  private TrainingClass.Details details(ClassInput input, AppUser me) {
    Set<AppUser> trainers = new LinkedHashSet<>();
    List<Long> ids = input.trainerIds() == null ? List.of() : input.trainerIds();
    for (int i = 0; i < ids.size(); i++) {
      AppUser t = em.find(AppUser.class, ids.get(i));
      if (t == null || !t.roles().contains(Role.TRAINER) || !t.enabled()) {
        throw new InvalidInput("trainerIds[" + i + "]", "is not an active trainer");
      }
      trainers.add(t);
    }
    if (trainers.isEmpty()) {
      if (!me.hasRole(Role.TRAINER)) {
        throw new InvalidInput("trainerIds", "must name at least one trainer");
      }
      trainers.add(me);
    }
    return new TrainingClass.Details(
        input.name(),
        input.startDate(),
        input.capacity(),
        input.location(),
        input.virtual(),
        input.zone(),
        trainers);
  }

  ClassView view(TrainingClass c, AppUser me) {
    List<ClassSession> sessions = records.sessions(c);
    LocalDate[] span =
        sessions.isEmpty()
            ? null
            : new LocalDate[] {sessions.get(0).day(), sessions.get(sessions.size() - 1).day()};
    LocalDate today = LocalDate.now(caller.zone());
    return new ClassView(
        item(c, records.enrolled(c), span, me, today),
        c.trainers().stream()
            .sorted(Comparator.comparing(AppUser::displayName))
            .map(t -> new TrainerView(t.id(), t.displayName(), t.email()))
            .toList(),
        Programs.ProgramView.of(c.program()),
        sessions.stream().map(SessionView::of).toList(),
        c.version());
  }

  static ClassListItem item(
      TrainingClass c, long enrolled, LocalDate[] span, AppUser me, LocalDate today) {
    LocalDate end = span == null ? null : span[1];
    String state =
        c.startDate().isAfter(today)
            ? "UPCOMING"
            : end != null && end.isBefore(today) ? "FINISHED" : "RUNNING";
    return new ClassListItem(
        c.id(),
        c.name(),
        c.program().id(),
        c.program().name(),
        c.startDate(),
        end,
        state,
        c.capacity(),
        enrolled,
        Math.max(0, c.capacity() - enrolled),
        c.location(),
        c.virtual(),
        c.zone().getId(),
        c.trainers().stream().map(AppUser::displayName).sorted().toList(),
        c.taughtBy(me));
  }

  private Map<Long, Long> enrolledByClass() {
    Map<Long, Long> counts = new LinkedHashMap<>();
    em.createQuery(
            "select n.trainingClass.id, count(n) from NewHire n where n.status not in"
                + " (org.floorready.training.entity.NewHireStatus.RESIGNED,"
                + " org.floorready.training.entity.NewHireStatus.RELEASED) group by n.trainingClass.id",
            Object[].class)
        .getResultList()
        .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }

  private Map<Long, LocalDate[]> spans() {
    Map<Long, LocalDate[]> spans = new LinkedHashMap<>();
    em.createQuery(
            "select s.trainingClass.id, min(s.day), max(s.day) from ClassSession s"
                + " where s.cancelled = false group by s.trainingClass.id",
            Object[].class)
        .getResultList()
        .forEach(r -> spans.put((Long) r[0], new LocalDate[] {(LocalDate) r[1], (LocalDate) r[2]}));
    return spans;
  }

  /** The class of a session, for roll call: now in the class's zone. */
  static ZonedDateTime now(TrainingClass c) {
    return ZonedDateTime.now(c.zone());
  }
}
