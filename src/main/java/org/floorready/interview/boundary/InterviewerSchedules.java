package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.floorready.interview.control.InterviewerTimes;
import org.floorready.interview.entity.BusyTime;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewerCalendar;
import org.floorready.interview.entity.Seat;
import org.floorready.security.entity.AppUser;
import org.threeten.extra.Interval;

/**
 * Reads what the slot finder needs about interviewers from the database: their hours and limits,
 * busy times from calendars and time off, and the interviews they sit in (busy, and counted against
 * their limits). Three queries for any number of people.
 */
@ApplicationScoped
public class InterviewerSchedules {
  /** How far around the window interviews are read, for weekly limits and load. */
  static final Duration MARGIN = Duration.ofDays(8);

  @PersistenceContext EntityManager em;

  /**
   * Everyone's times over {@code window}, leaving out one interview (the one being moved). With
   * {@code lock}, the interviewers' calendar rows are locked first, in id order, so that two
   * bookings for the same person wait for each other.
   */
  public Map<Long, InterviewerTimes> over(
      Collection<Long> userIds, Interval window, Long ignoredInterview, boolean lock) {
    Set<Long> ids = new TreeSet<>(userIds);
    Map<Long, InterviewerTimes> times = new HashMap<>();
    if (ids.isEmpty()) {
      return times;
    }
    Map<Long, InterviewerCalendar> calendars = new HashMap<>();
    for (Long id : ids) {
      InterviewerCalendar calendar =
          lock
              ? em.find(InterviewerCalendar.class, id, LockModeType.PESSIMISTIC_WRITE)
              : em.find(InterviewerCalendar.class, id);
      if (calendar != null) {
        calendars.put(id, calendar);
      }
    }
    Map<Long, List<Interval>> busy = new HashMap<>();
    em.createNamedQuery(BusyTime.OVERLAPPING, BusyTime.class)
        .setParameter("users", ids)
        .setParameter("from", window.getStart().minus(Duration.ofDays(1)))
        .setParameter("to", window.getEnd().plus(Duration.ofDays(1)))
        .getResultList()
        .forEach(b -> busy.computeIfAbsent(b.userId(), k -> new ArrayList<>()).add(b.interval()));
    Map<Long, List<Instant>> booked = new HashMap<>();
    for (Interview interview :
        em.createNamedQuery(Interview.SEATS_OVERLAPPING, Interview.class)
            .setParameter("users", ids)
            .setParameter("from", window.getStart().minus(MARGIN))
            .setParameter("to", window.getEnd().plus(MARGIN))
            .getResultList()) {
      if (interview.id().equals(ignoredInterview)) {
        continue;
      }
      for (Seat seat : interview.seatList()) {
        if (ids.contains(seat.userId())) {
          busy.computeIfAbsent(seat.userId(), k -> new ArrayList<>())
              .add(Interval.of(seat.busyFrom(), seat.busyTo()));
          booked
              .computeIfAbsent(seat.userId(), k -> new ArrayList<>())
              .add(interview.when().getStart());
        }
      }
    }
    for (Long id : ids) {
      AppUser user = em.find(AppUser.class, id);
      InterviewerCalendar calendar = calendars.get(id);
      if (user == null) {
        continue;
      }
      ZoneId zone = user.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(user.timeZone());
      times.put(
          id,
          InterviewerTimes.over(
              new InterviewerTimes.Schedule(
                  id,
                  user.displayName(),
                  zone,
                  calendar == null ? List.of() : calendar.hours(),
                  busy.getOrDefault(id, List.of()),
                  calendar == null ? null : calendar.maxPerDay(),
                  calendar == null ? null : calendar.maxPerWeek(),
                  booked.getOrDefault(id, List.of())),
              window));
    }
    return times;
  }
}
