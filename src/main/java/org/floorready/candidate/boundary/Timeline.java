package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CandidateEventType;

/**
 * A person's timeline: features add their dated lines in the transaction of the change they tell.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class Timeline {
  @PersistenceContext EntityManager em;

  public void record(
      long candidateId, Long applicationId, String by, CandidateEventType type, String detail) {
    record(new CandidateEvent(candidateId, applicationId, by, type, detail, Instant.now()));
  }

  public void record(CandidateEvent event) {
    em.persist(event);
  }
}
