package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.floorready.interview.entity.BusySource;
import org.floorready.interview.entity.BusyTime;
import org.floorready.interview.entity.FeedStatus;
import org.floorready.interview.entity.InterviewerCalendar;
import org.floorready.platform.database.SealedValues;
import org.floorready.security.entity.AppUser;
import org.threeten.extra.Interval;

/** The stored side of reading calendars: which are due, and the copy a good read leaves. */
@ApplicationScoped
@Transactional
public class CalendarCopies {
  @PersistenceContext EntityManager em;
  @Inject SealedValues sealed;

  /** An address to read, as stored (to tell whether it changed meanwhile) and opened. */
  public record Target(String address, String sealedAddress, ZoneId zone) {}

  public List<Long> due(Instant now, Duration refresh) {
    return em.createQuery(
            "select c.userId from InterviewerCalendar c where c.feedStatus <> :none and"
                + " (c.feedCheckedAt is null or c.feedCheckedAt < :before)",
            Long.class)
        .setParameter("none", FeedStatus.NONE)
        .setParameter("before", now.minus(refresh))
        .getResultList();
  }

  /** The address to read for a person, or null when there is none (or it cannot be opened). */
  public Target target(long userId) {
    InterviewerCalendar calendar = em.find(InterviewerCalendar.class, userId);
    AppUser user = em.find(AppUser.class, userId);
    if (calendar == null || user == null || calendar.sealedFeedUrl() == null) {
      return null;
    }
    try {
      return new Target(
          sealed.open(calendar.sealedFeedUrl()),
          calendar.sealedFeedUrl(),
          user.timeZone() == null ? ZoneId.of("UTC") : ZoneId.of(user.timeZone()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      calendar.feedFailed(
          Instant.now(),
          "the stored address cannot be opened with this server's key; enter it again");
      return null;
    }
  }

  /** Replaces the person's calendar busy times with a good read's. */
  public void store(long userId, String sealedAddress, List<Interval> busy, Instant now) {
    InterviewerCalendar calendar = em.find(InterviewerCalendar.class, userId);
    if (calendar == null || !sealedAddress.equals(calendar.sealedFeedUrl())) {
      return; // the address changed while it was read: the next poll reads the new one
    }
    em.createQuery("delete from BusyTime b where b.userId = :u and b.source = :s")
        .setParameter("u", userId)
        .setParameter("s", BusySource.CALENDAR)
        .executeUpdate();
    for (Interval interval : busy) {
      em.persist(new BusyTime(userId, interval, BusySource.CALENDAR, null));
    }
    calendar.feedRead(now);
  }

  /** A failed read: says why and keeps the busy times of the last good one. */
  public void failed(long userId, String sealedAddress, String problem, Instant now) {
    InterviewerCalendar calendar = em.find(InterviewerCalendar.class, userId);
    if (calendar != null && sealedAddress.equals(calendar.sealedFeedUrl())) {
      calendar.feedFailed(now, problem);
    }
  }
}
