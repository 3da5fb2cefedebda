package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.interview.entity.Interview;
import org.floorready.interview.entity.InterviewStatus;
import org.floorready.interview.entity.SchedulingLink;
import org.floorready.interview.entity.Seat;
import org.floorready.notification.boundary.Outbox;

/**
 * A person asked to be erased: the mails about their applications leave the outbox (invites carry
 * their name and address), their scheduling links stop working, and their booked interviews are
 * called off, the interviewers told by a cancellation that no longer names them.
 */
@ApplicationScoped
public class InterviewErasure {
  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject InterviewInvites invites;

  void onErased(@Observes CandidateErased erased) {
    List<Application> applications =
        em.createQuery("select a from Application a where a.candidate.id = :c", Application.class)
            .setParameter("c", erased.candidateId())
            .getResultList();
    Instant now = Instant.now();
    for (Application application : applications) {
      outbox.eraseAbout("Application", String.valueOf(application.id()));
      em.createQuery(
              "select l from SchedulingLink l where l.applicationId = :a", SchedulingLink.class)
          .setParameter("a", application.id())
          .getResultStream()
          .forEach(link -> link.revoke(now));
      for (Interview interview :
          em.createNamedQuery(Interview.OF_APPLICATION, Interview.class)
              .setParameter("application", application.id())
              .getResultList()) {
        if (interview.status() == InterviewStatus.SCHEDULED) {
          interview.cancel("system", "The candidate's data was erased at their request", now);
          invites.cancelFor(
              interview, application, interview.seatList().stream().map(Seat::userId).toList());
        }
      }
    }
  }
}
