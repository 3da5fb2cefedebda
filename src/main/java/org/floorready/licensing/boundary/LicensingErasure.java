package org.floorready.licensing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.licensing.entity.Licensee;
import org.floorready.licensing.entity.StateLicense;

/**
 * A person asked to be erased: their NPN, agent id, license and tracking numbers and their evidence
 * files are forgotten; the dated steps stay, anonymous, so speed-to-license and the class's figures
 * stay true.
 */
@ApplicationScoped
public class LicensingErasure {
  @PersistenceContext EntityManager em;

  void onErased(@Observes CandidateErased erased) {
    em.createQuery("select l from Licensee l where l.newHire.candidateId = :c", Licensee.class)
        .setParameter("c", erased.candidateId())
        .getResultStream()
        .forEach(
            who -> {
              who.anonymize();
              // the files go with the next storage cleanup, once nothing points to them
              em.createQuery("delete from Evidence e where e.licensee = :w")
                  .setParameter("w", who)
                  .executeUpdate();
              em.createQuery(
                      "select s from StateLicense s where s.licensee = :w", StateLicense.class)
                  .setParameter("w", who)
                  .getResultStream()
                  .forEach(StateLicense::anonymize);
            });
  }
}
