package org.floorready.training.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.floorready.security.entity.AppUser;
import org.floorready.training.control.TrainingAccess;
import org.floorready.training.entity.AssessmentAttempt;
import org.floorready.training.entity.ClassSession;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.TrainingClass;
import org.floorready.training.entity.TrainingProgram;

/**
 * Finds training records for a caller, applying {@link TrainingAccess}: a record the caller may not
 * see (or change) is a 404, so nothing leaks. Callers are transactional.
 */
@ApplicationScoped
public class TrainingRecords {
  @PersistenceContext EntityManager em;

  public TrainingProgram program(long id) {
    TrainingProgram p = em.find(TrainingProgram.class, id);
    if (p == null) {
      throw new NotFoundException("No training program " + id + ".");
    }
    return p;
  }

  /** A class whose roster the caller sees (and, being its trainer or an admin, changes). */
  public TrainingClass taught(long id, AppUser me, boolean lock) {
    TrainingClass c =
        lock
            ? em.find(TrainingClass.class, id, LockModeType.PESSIMISTIC_WRITE)
            : em.find(TrainingClass.class, id);
    if (c == null || !TrainingAccess.canSeeRoster(me, c)) {
      throw new NotFoundException("No class " + id + ".");
    }
    return c;
  }

  public ClassSession session(long id, AppUser me) {
    ClassSession s = em.find(ClassSession.class, id);
    if (s == null || !TrainingAccess.canTeach(me, s.trainingClass())) {
      throw new NotFoundException("No session " + id + ".");
    }
    return s;
  }

  public NewHire seen(long id, AppUser me) {
    NewHire n = em.find(NewHire.class, id);
    if (n == null || !TrainingAccess.canSee(me, n)) {
      throw new NotFoundException("No new hire " + id + ".");
    }
    return n;
  }

  /** A new hire the caller teaches, locked for a change. */
  public NewHire taughtHire(long id, AppUser me) {
    NewHire n = em.find(NewHire.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (n == null || !TrainingAccess.canTeach(me, n.trainingClass())) {
      if (n != null && TrainingAccess.canSee(me, n)) {
        throw new jakarta.ws.rs.ForbiddenException(
            "Only the class's trainers and admins change a new hire's record.");
      }
      throw new NotFoundException("No new hire " + id + ".");
    }
    return n;
  }

  public List<NewHire> people(TrainingClass c) {
    return em.createNamedQuery(NewHire.IN_CLASS, NewHire.class)
        .setParameter("c", c)
        .getResultList();
  }

  public long enrolled(TrainingClass c) {
    return em.createNamedQuery(NewHire.ENROLLED, Long.class).setParameter("c", c).getSingleResult();
  }

  public List<ClassSession> sessions(TrainingClass c) {
    return em.createQuery(
            "select s from ClassSession s where s.trainingClass = :c order by s.day, s.startsAt, s.id",
            ClassSession.class)
        .setParameter("c", c)
        .getResultList();
  }

  public List<AssessmentAttempt> attempts(List<Long> newHires) {
    if (newHires.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select a from AssessmentAttempt a where a.newHireId in :h order by a.newHireId,"
                + " a.moduleId, a.attempt",
            AssessmentAttempt.class)
        .setParameter("h", newHires)
        .getResultList();
  }
}
