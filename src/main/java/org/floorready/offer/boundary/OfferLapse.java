package org.floorready.offer.boundary;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.floorready.application.entity.Application;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.offer.entity.Offer;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/**
 * Open offers lapse at their expiry: a cluster-safe job (db-scheduler, one node per run) every
 * {@code floorready.offers.lapse-seconds}. Each offer lapses under its row lock, so an accept at
 * the last second and the lapse cannot both happen.
 */
@ApplicationScoped
public class OfferLapse {
  @PersistenceContext EntityManager em;
  @Inject Timeline timeline;
  @Inject AuditTrail audit;

  @Inject
  @ConfigProperty(name = "floorready.offers.lapse-seconds", defaultValue = "60")
  int seconds;

  @Produces
  Task<Void> offerLapseTask() {
    return Tasks.recurring("offer-lapse", FixedDelay.ofSeconds(seconds))
        .execute((instance, context) -> lapse(Instant.now()));
  }

  /** Lapses every open offer expired at {@code now}; answers how many. */
  @ActivateRequestContext
  @Transactional
  public int lapse(Instant now) {
    List<Long> due =
        em.createNamedQuery(Offer.DUE_TO_LAPSE, Long.class)
            .setParameter("now", now)
            .getResultList();
    int lapsed = 0;
    for (Long id : due) {
      Offer offer = em.find(Offer.class, id, LockModeType.PESSIMISTIC_WRITE);
      Map<String, Object> before = offer.auditState();
      if (offer.lapseIfDue(now)) {
        Application a = em.find(Application.class, offer.applicationId());
        timeline.record(
            a.candidate().id(),
            a.id(),
            Caller.SYSTEM,
            CandidateEventType.OFFER_LAPSED,
            "Offer expired unanswered");
        audit.updated(offer, before, "Offer lapsed at its expiry");
        lapsed++;
      }
    }
    return lapsed;
  }
}
