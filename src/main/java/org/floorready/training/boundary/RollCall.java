package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.Attendance;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NotInThisClass;
import org.floorready.training.entity.SessionNotHeld;

/**
 * Roll call: the people expected at a session with their marks, and saving them in one request —
 * "everyone present" for the unmarked, then the exceptions. A mark for someone outside the
 * session's class is refused and nothing is saved.
 */
@ApplicationScoped
@Transactional
public class RollCall {
  @PersistenceContext EntityManager em;
  @Inject Caller caller;
  @Inject AuditTrail audit;
  @Inject TrainingRecords records;

  public record Entry(
      long newHireId, String name, String status, AttendanceMark mark, String note) {}

  public record SessionRollCall(
      long sessionId,
      long classId,
      String className,
      String day,
      LocalTime startsAt,
      LocalTime endsAt,
      String module,
      String topic,
      boolean cancelled,
      boolean begun,
      List<Entry> people,
      int marked) {}

  /** One person's mark as sent. */
  public record Mark(long newHireId, AttendanceMark mark, String note) {}

  public SessionRollCall get(long sessionId) {
    ClassSession s = records.session(sessionId, caller.user());
    return view(s);
  }

  public SessionRollCall save(long sessionId, boolean allPresent, List<Mark> marks) {
    AppUser me = caller.user();
    ClassSession s = records.session(sessionId, me);
    // one roll call of a session at a time: the second waits and then sees the first's marks
    em.lock(s, LockModeType.PESSIMISTIC_WRITE);
    ZonedDateTime now = Classes.now(s.trainingClass());
    if (s.cancelled()) {
      throw new SessionNotHeld("This session was cancelled: there is no roll call for it.");
    }
    if (!s.begun(now)) {
      throw new SessionNotHeld(
          "This session starts on " + s.day() + " at " + s.startsAt() + ": take roll call then.");
    }
    Map<Long, NewHire> expected = new LinkedHashMap<>();
    expected(s).forEach(p -> expected.put(p.id(), p));
    for (Mark m : marks) {
      if (!expected.containsKey(m.newHireId())) {
        throw new NotInThisClass(
            "Person "
                + m.newHireId()
                + " is not in class "
                + s.trainingClass().name()
                + " on "
                + s.day()
                + "; nothing was saved.");
      }
    }
    Map<Long, Attendance> existing = existing(s);
    Instant at = Instant.now();
    int changed = 0;
    if (allPresent) {
      for (NewHire p : expected.values()) {
        if (!existing.containsKey(p.id())) {
          Attendance a = new Attendance(s.id(), p.id());
          a.mark(AttendanceMark.PRESENT, null, me.email(), at);
          em.persist(a);
          existing.put(p.id(), a);
          changed++;
        }
      }
    }
    for (Mark m : marks) {
      Attendance a = existing.get(m.newHireId());
      if (a == null) {
        a = new Attendance(s.id(), m.newHireId());
        em.persist(a);
        existing.put(m.newHireId(), a);
      }
      changed += a.mark(m.mark(), blankToNull(m.note()), me.email(), at) ? 1 : 0;
    }
    em.flush();
    if (changed > 0) {
      audit.updated(
          s.trainingClass(),
          Map.of(),
          "Roll call of "
              + s.day()
              + " ("
              + s.trainingClass().name()
              + "): "
              + changed
              + " mark(s)");
    }
    return view(s);
  }

  private static String blankToNull(String note) {
    return note == null || note.isBlank() ? null : note.strip();
  }

  /** People of the class who had not left before the session's day. */
  private List<NewHire> expected(ClassSession s) {
    return records.people(s.trainingClass()).stream()
        .filter(p -> !p.status().left() || !p.statusOn().isBefore(s.day()))
        .toList();
  }

  private Map<Long, Attendance> existing(ClassSession s) {
    Map<Long, Attendance> marks = new LinkedHashMap<>();
    em.createQuery("select a from Attendance a where a.sessionId = :s", Attendance.class)
        .setParameter("s", s.id())
        .getResultList()
        .forEach(a -> marks.put(a.newHireId(), a));
    return marks;
  }

  private SessionRollCall view(ClassSession s) {
    Map<Long, Attendance> marks = existing(s);
    List<Entry> people = new ArrayList<>();
    for (NewHire p : expected(s)) {
      Attendance a = marks.get(p.id());
      people.add(
          new Entry(
              p.id(),
              p.fullName(),
              p.status().label(),
              a == null ? null : a.mark(),
              a == null ? null : a.note()));
    }
    return new SessionRollCall(
        s.id(),
        s.trainingClass().id(),
        s.trainingClass().name(),
        s.day().toString(),
        s.startsAt(),
        s.endsAt(),
        s.module() == null ? null : s.module().name(),
        s.topic(),
        s.cancelled(),
        s.begun(Classes.now(s.trainingClass())),
        people,
        (int) people.stream().filter(e -> e.mark() != null).count());
  }
}
