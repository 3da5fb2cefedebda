package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Map;
import org.floorready.application.boundary.Moves;
import org.floorready.application.entity.Application;
import org.floorready.candidate.boundary.Timeline;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.offer.entity.AnswerChannel;
import org.floorready.offer.entity.Offer;
import org.floorready.platform.Refusal;
import org.floorready.security.control.AuditTrail;
import org.floorready.training.boundary.Enrolment;
import org.floorready.training.entity.NewHire;

/**
 * The answer to an offer, from the candidate's link or recorded by a recruiter. Accepting is one
 * transaction: the offer is accepted, the application hired, an opening of the requisition filled
 * (time-to-fill recorded) and the person enrolled in the class — or, when any of it is refused (the
 * class full, no opening left), nothing at all, and the recruiter is told by email. The offer row
 * is locked first, so of two clicks at once the second finds the offer accepted and changes
 * nothing.
 */
@ApplicationScoped
public class OfferAnswers {
  @PersistenceContext EntityManager em;
  @Inject Moves moves;
  @Inject Enrolment enrolment;
  @Inject Timeline timeline;
  @Inject AuditTrail audit;
  @Inject OfferNotices notices;

  @Transactional
  public Offer accept(long offerId, String by, AnswerChannel channel) {
    Offer offer = locked(offerId);
    Instant now = Instant.now();
    if (offer.alreadyAccepted(now)) {
      return offer;
    }
    try {
      Map<String, Object> before = offer.auditState();
      Application a = moves.hireFromOffer(offer.applicationId(), now, by);
      NewHire hire =
          enrolment.enrol(
              new NewHire.Hire(
                  a.id(),
                  a.candidate().id(),
                  a.requisition().id(),
                  a.requisition().team() == null ? null : a.requisition().team().id(),
                  a.candidate().fullName() == null ? "(no name)" : a.candidate().fullName(),
                  a.candidate().primaryEmail()),
              offer.classId(),
              now);
      offer.accept(by, channel, now);
      audit.updated(
          offer,
          before,
          "Offer accepted (" + channel.name().toLowerCase() + "); new hire " + hire.id());
      notices.accepted(offer.id(), a, hire);
      return offer;
    } catch (Refusal refused) {
      // this transaction rolls back; the recruiter hears of it in a transaction of its own
      notices.acceptRefused(offer.id(), refused.getMessage());
      throw refused;
    }
  }

  @Transactional
  public Offer decline(long offerId, String by, AnswerChannel channel, String reason) {
    Offer offer = locked(offerId);
    Map<String, Object> before = offer.auditState();
    offer.decline(by, channel, reason, Instant.now());
    Application a = em.find(Application.class, offer.applicationId());
    timeline.record(a.candidate().id(), a.id(), by, CandidateEventType.OFFER_DECLINED, reason);
    audit.updated(offer, before, "Offer declined: " + reason);
    notices.declined(offer, a);
    return offer;
  }

  private Offer locked(long offerId) {
    Offer offer = em.find(Offer.class, offerId, LockModeType.PESSIMISTIC_WRITE);
    if (offer == null) {
      throw new NotFoundException("No offer " + offerId + ".");
    }
    return offer;
  }
}
