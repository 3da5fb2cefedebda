package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.offer.entity.Offer;

/** A person asked to be erased: the letters of their offers, which name them, are forgotten. */
@ApplicationScoped
public class OfferErasure {
  @PersistenceContext EntityManager em;

  void onErased(@Observes CandidateErased erased) {
    em.createQuery(
            "select o from Offer o where o.applicationId in (select a.id from Application a"
                + " where a.candidate.id = :c)",
            Offer.class)
        .setParameter("c", erased.candidateId())
        .getResultStream()
        .forEach(Offer::forgetLetter);
  }
}
