package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.training.entity.NewHire;

/**
 * A person asked to be erased: their new-hire records forget the name, the email and the departure
 * reason; attendance and scores stay, anonymous, so the class's counts and rates stay true.
 */
@ApplicationScoped
public class TrainingErasure {
  @PersistenceContext EntityManager em;

  void onErased(@Observes CandidateErased erased) {
    em.createQuery("select n from NewHire n where n.candidateId = :c", NewHire.class)
        .setParameter("c", erased.candidateId())
        .getResultStream()
        .forEach(NewHire::anonymize);
  }
}
