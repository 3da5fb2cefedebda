package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.floorready.application.entity.Application;
import org.floorready.notification.boundary.Outbox;
import org.floorready.notification.entity.MailMessage;
import org.floorready.offer.entity.Offer;
import org.floorready.training.entity.NewHire;

/**
 * Tells the recruiter of the requisition (or whoever made the offer) how an offer was answered, by
 * email through the outbox. A refused accept is told in a transaction of its own, since the
 * accept's own transaction rolls back.
 */
@ApplicationScoped
public class OfferNotices {
  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @Transactional(Transactional.TxType.MANDATORY)
  public void accepted(long offerId, Application a, NewHire hire) {
    tell(
        em.find(Offer.class, offerId),
        a,
        "Offer accepted: " + name(a),
        name(a)
            + " accepted the offer for "
            + a.requisition().title()
            + ". The application is hired, an opening is filled and the person is enrolled in"
            + " the class (new hire "
            + hire.id()
            + ").");
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void declined(Offer offer, Application a) {
    tell(
        offer,
        a,
        "Offer declined: " + name(a),
        name(a)
            + " declined the offer for "
            + a.requisition().title()
            + ": "
            + offer.declineReason());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void acceptRefused(long offerId, String problem) {
    Offer offer = em.find(Offer.class, offerId);
    Application a = em.find(Application.class, offer.applicationId());
    tell(
        offer,
        a,
        "Action needed: " + name(a) + " could not accept the offer",
        name(a)
            + " tried to accept the offer for "
            + a.requisition().title()
            + ", and it could not be completed: "
            + problem
            + "\n\nNothing was changed. Make room (raise the class's capacity or add an opening)"
            + " and ask the candidate to try again, or revise the offer.");
  }

  private void tell(Offer offer, Application a, String subject, String text) {
    String to =
        a.requisition().recruiter() != null
            ? a.requisition().recruiter().email()
            : offer.createdBy();
    outbox.enqueue(
        MailMessage.plain(to, subject, text, "offer-answer")
            .about("application", String.valueOf(a.id())));
  }

  private static String name(Application a) {
    return a.candidate().fullName() == null ? "The candidate" : a.candidate().fullName();
  }
}
