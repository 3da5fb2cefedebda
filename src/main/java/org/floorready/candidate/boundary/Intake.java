package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.floorready.candidate.control.DuplicateFinder;
import org.floorready.candidate.control.ExtractedText;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.control.ResumeStorage;
import org.floorready.candidate.entity.Application;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CandidateProfile;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.candidate.entity.ResumeDocument.Outcome;
import org.floorready.candidate.entity.ResumeProfile;
import org.floorready.requisition.entity.Requisition;

/**
 * Getting people in: a stored original becomes a queued document; the parse queue turns it into a
 * candidate (new, matched to an existing one, or flagged as a probable duplicate) and, for a
 * requisition, an application.
 */
@ApplicationScoped
public class Intake {
  @PersistenceContext EntityManager em;
  @Inject jakarta.enterprise.event.Event<ProfileChanged> profileChanged;
  @Inject DuplicateFinder duplicates;

  /** Records a stored original for parsing; the file itself is already on disk. */
  @Transactional(TxType.MANDATORY)
  public ResumeDocument queue(ResumeStorage.StoredFile file, String fileName, String by, Long batchId,
      Long requisitionId, Candidate knownPerson) {
    ResumeDocument document = new ResumeDocument(file.sha256(), fileName == null ? "resume" : fileName, file.size(), by,
        batchId, requisitionId, knownPerson, Instant.now());
    em.persist(document);
    return document;
  }

  @Transactional
  public List<Long> queuedIds(int limit) {
    return em.createQuery("select d.id from ResumeDocument d where d.status = :queued order by d.id", Long.class)
        .setParameter("queued", ResumeDocument.Status.QUEUED).setMaxResults(limit).getResultList();
  }

  @Transactional
  public Optional<String> queuedSha(long documentId) {
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    return document == null || !document.isQueued() ? Optional.empty() : Optional.of(document.sha256());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long documentId, String mediaType, String reason) {
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    if (document != null && document.isQueued()) {
      document.failed(mediaType, reason, Instant.now());
      if (document.candidate() != null) {
        event(document.candidate().id(), null, document.uploadedBy(), "RESUME_UNREADABLE", document.fileName() + ": " + reason);
      }
    }
  }

  /** Files the parsed profile: finds or creates the person, applies the profile, opens the application. */
  @Transactional(TxType.REQUIRES_NEW)
  public void parsed(long documentId, ExtractedText text, ResumeProfile profile) {
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    if (document == null || !document.isQueued()) {
      return;
    }
    Instant now = Instant.now();
    CandidateProfile values = CandidateProfile.of(profile);
    Candidate person = document.candidate();
    Outcome outcome = Outcome.MATCHED;
    if (person == null) {
      Optional<DuplicateFinder.Match> match = duplicates.find(values.name(), values.emails(), values.phones(), null);
      if (match.isPresent() && match.get().certainty() == DuplicateFinder.Certainty.CERTAIN) {
        person = match.get().candidate();
      } else {
        person = new Candidate(values.name(), null, null, document.requisitionId() == null ? "TALENT_POOL_UPLOAD" : "UPLOAD", now);
        em.persist(person);
        em.flush();
        outcome = Outcome.CREATED;
        if (match.isPresent()) {
          person.flagPossibleDuplicateOf(match.get().candidate().id());
          outcome = Outcome.POSSIBLE_DUPLICATE;
        }
      }
    } else {
      Optional<DuplicateFinder.Match> other = duplicates.find(values.name(), values.emails(), values.phones(), person.id());
      if (other.isPresent()) {
        person.flagPossibleDuplicateOf(other.get().candidate().id());
      }
    }
    CandidateProfile effective = ProfileJson.corrections(person.correctionsJson()).overlay(values);
    person.readResume(effective, ProfileJson.write(profile), text.text(), now);
    document.parsed(text.mediaType(), text.text(), text.needsOcr(), person, outcome, now);
    event(person.id(), null, document.uploadedBy(), text.needsOcr() ? "RESUME_NEEDS_OCR" : "RESUME_PARSED",
        document.fileName() + (text.needsOcr() ? " has no text layer: needs OCR" : ""));
    if (document.requisitionId() != null) {
      applyOnce(person, em.find(Requisition.class, document.requisitionId()), "UPLOAD", document.uploadedBy(), now);
    }
    profileChanged.fire(new ProfileChanged(person.id()));
  }

  /** The application of a person to a requisition, created once. */
  public Application applyOnce(Candidate person, Requisition requisition, String source, String by, Instant now) {
    List<Application> existing = em.createQuery(
            "select a from Application a where a.candidate = :c and a.requisition = :r", Application.class)
        .setParameter("c", person).setParameter("r", requisition).getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Application application = new Application(person, requisition, source, now);
    em.persist(application);
    em.flush();
    em.persist(application.started(by));
    profileChanged.fire(new ProfileChanged(person.id()));
    event(person.id(), application.id(), by, "APPLIED", requisition.title() + " (" + source.toLowerCase().replace('_', ' ') + ")");
    return application;
  }

  public void event(long candidateId, Long applicationId, String by, String type, String detail) {
    em.persist(new CandidateEvent(candidateId, applicationId, by, type, detail, Instant.now()));
  }
}
