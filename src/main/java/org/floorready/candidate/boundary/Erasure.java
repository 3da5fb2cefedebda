package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateErased;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.notification.boundary.Outbox;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.security.control.AuditTrail;

/**
 * Erasing a person's personal data, on their request (an admin acts on it) or at the end of the
 * retention period: the record is anonymised (see {@link Candidate#erase}), the stored resumes are
 * deleted, the timeline keeps what happened but not the details, the mails about them and the
 * values the audit trail recorded are blanked, and features above erase what they keep (notes,
 * answers) on {@link CandidateErased}. Anonymous counts for the reports stay. The audit trail
 * records the erasure, without any of the erased data.
 */
@ApplicationScoped
@Transactional
public class Erasure {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject ResumeStorage storage;
  @Inject Event<CandidateErased> erased;

  /** Erases one person (merged-away records of theirs too); 404 for an unknown id. */
  public void erase(long candidateId, String why) {
    Candidate candidate = em.find(Candidate.class, candidateId);
    if (candidate == null) {
      throw new NotFoundException("No candidate " + candidateId + ".");
    }
    if (candidate.erasedAt() != null) {
      return;
    }
    List<Candidate> merged =
        em.createQuery("select c from Candidate c where c.mergedInto = :id", Candidate.class)
            .setParameter("id", candidateId)
            .getResultList();
    for (Candidate one : merged) {
      eraseOne(one, why);
    }
    eraseOne(candidate, why);
  }

  private void eraseOne(Candidate candidate, String why) {
    Instant now = Instant.now();
    long id = candidate.id();
    List<ResumeDocument> documents =
        em.createQuery(
                "select d from ResumeDocument d where d.candidate = :c", ResumeDocument.class)
            .setParameter("c", candidate)
            .getResultList();
    List<String> files = documents.stream().map(ResumeDocument::sha256).distinct().toList();
    documents.forEach(ResumeDocument::erase);
    em.createQuery("select e from CandidateEvent e where e.candidateId = :id", CandidateEvent.class)
        .setParameter("id", id)
        .getResultList()
        .forEach(CandidateEvent::erase);
    candidate.erase(now);
    outbox.eraseAbout("Candidate", String.valueOf(id));
    audit.forgetValues("Candidate", String.valueOf(id));
    erased.fire(new CandidateErased(id));
    audit.updated(candidate, java.util.Map.of(), "Personal data erased (" + why + ")");
    em.flush();
    for (String sha : files) {
      boolean stillUsed =
          !em.createQuery("select d.id from ResumeDocument d where d.sha256 = :sha", Long.class)
              .setParameter("sha", sha)
              .setMaxResults(1)
              .getResultList()
              .isEmpty();
      if (!stillUsed && sha.matches("[0-9a-f]{64}") && !sha.equals("0".repeat(64))) {
        storage.remove(sha);
      }
    }
  }
}
