package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.Optional;
import org.floorready.security.control.AuditTrail;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.NewHireEnrolled;
import org.floorready.training.entity.TrainingClass;

/**
 * Enrols a hire in a class, for the offers feature: the class row is locked while its seats are
 * counted, so two accepts racing for the last seat cannot both take it. Runs in the caller's
 * transaction (an accepted offer hires, fills and enrols at once, or does nothing).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Enrolment {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject jakarta.enterprise.event.Event<NewHireEnrolled> enrolled;

  /** The class, locked, with a seat checked for one more person (refused when full). */
  public TrainingClass classWithSeat(long classId) {
    TrainingClass c = em.find(TrainingClass.class, classId, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      throw new NotFoundException("No class " + classId + ".");
    }
    c.requireSeat(enrolled(c));
    return c;
  }

  public NewHire enrol(NewHire.Hire hire, long classId, Instant at) {
    TrainingClass c = classWithSeat(classId);
    NewHire n = new NewHire(hire, c, at);
    em.persist(n);
    em.flush();
    audit.created(n);
    enrolled.fire(new NewHireEnrolled(n.id()));
    return n;
  }

  public Optional<NewHire> ofApplication(long applicationId) {
    return em
        .createQuery("select n from NewHire n where n.applicationId = :a", NewHire.class)
        .setParameter("a", applicationId)
        .getResultList()
        .stream()
        .findFirst();
  }

  private long enrolled(TrainingClass c) {
    return em.createNamedQuery(NewHire.ENROLLED, Long.class).setParameter("c", c).getSingleResult();
  }
}
