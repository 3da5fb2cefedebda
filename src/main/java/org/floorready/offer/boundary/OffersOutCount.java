package org.floorready.offer.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.floorready.offer.entity.OfferStatus;
import org.floorready.requisition.boundary.OffersOut;

/** "In offer" on the headcount plan: offers sent, not answered and not expired. */
@ApplicationScoped
@Transactional
public class OffersOutCount implements OffersOut {
  @PersistenceContext EntityManager em;

  @Override
  public Map<Long, Integer> byRequisition() {
    Map<Long, Integer> counts = new HashMap<>();
    em.createQuery(
            "select o.requisitionId, count(o) from Offer o where o.status = :sent"
                + " and o.expiresAt > :now group by o.requisitionId",
            Object[].class)
        .setParameter("sent", OfferStatus.SENT)
        .setParameter("now", Instant.now())
        .getResultList()
        .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
    return counts;
  }
}
