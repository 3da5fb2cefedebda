package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import org.floorready.application.entity.Application;
import org.floorready.interview.control.CalendarFeedContributor;
import org.floorready.interview.control.ItipMessages;
import org.floorready.interview.entity.Interview;
import org.threeten.extra.Interval;

/** The interviews a person sits in, for their own calendar feed. */
@ApplicationScoped
public class InterviewsInFeed implements CalendarFeedContributor {
  @PersistenceContext EntityManager em;
  @Inject InterviewInvites invites;

  @Override
  public List<ItipMessages.Event> eventsFor(long userId, Interval window) {
    return em
        .createNamedQuery(Interview.SEATS_OVERLAPPING, Interview.class)
        .setParameter("users", Set.of(userId))
        .setParameter("from", window.getStart())
        .setParameter("to", window.getEnd())
        .getResultList()
        .stream()
        .map(i -> invites.event(i, em.find(Application.class, i.applicationId())))
        .toList();
  }
}
