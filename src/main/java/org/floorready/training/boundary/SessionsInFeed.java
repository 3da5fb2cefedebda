package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.floorready.interview.control.CalendarFeedContributor;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.Response;
import org.floorready.security.entity.AppUser;
import org.floorready.training.entity.ClassSession;
import org.threeten.extra.Interval;

/**
 * The sessions of the classes a trainer teaches, in that trainer's own calendar feed (next to their
 * interviews). A cancelled session leaves the feed, and calendars that subscribe drop it.
 */
@ApplicationScoped
public class SessionsInFeed implements CalendarFeedContributor {
  @PersistenceContext EntityManager em;

  @Override
  public List<ItipMessages.Event> eventsFor(long userId, Interval window) {
    // local dates: widen by a day each side, then keep what overlaps the window exactly
    LocalDate from = window.getStart().atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
    LocalDate to = window.getEnd().atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    return em
        .createQuery(
            "select s from ClassSession s join s.trainingClass c join c.trainers t"
                + " where t.id = :u and s.day between :from and :to and s.cancelled = false",
            ClassSession.class)
        .setParameter("u", userId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList()
        .stream()
        .map(SessionsInFeed::event)
        .filter(e -> e.when().overlaps(window))
        .toList();
  }

  static ItipMessages.Event event(ClassSession s) {
    Instant start = s.start().toInstant();
    Instant end = s.end().toInstant();
    AppUser lead =
        s.trainingClass().trainers().stream().min(Comparator.comparing(AppUser::id)).orElseThrow();
    return new ItipMessages.Event(
        "class-session-" + s.id() + "@floorready",
        (int) s.version(),
        Interval.of(start, end),
        s.trainingClass().name() + ": " + (s.topic() == null ? "class" : s.topic()),
        "Training class "
            + s.trainingClass().name()
            + (s.module() == null ? "" : ", " + s.module().name()),
        s.trainingClass().virtual()
            ? "Virtual: " + s.trainingClass().location()
            : s.trainingClass().location(),
        new ItipMessages.Person(lead.displayName(), lead.email(), Response.ACCEPTED),
        List.of(),
        start);
  }
}
