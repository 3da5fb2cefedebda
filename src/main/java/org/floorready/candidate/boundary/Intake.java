package org.floorready.candidate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.floorready.candidate.control.DuplicateFinder;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.CandidateProfile;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.candidate.entity.ResumeDocument.Outcome;
import org.floorready.candidate.entity.ResumeFiled;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.entity.ResumeProfile;

/**
 * Getting people in: a stored original becomes a queued document; the parse queue files its profile
 * under a person (new, matched to an existing one, or flagged as a probable duplicate) and
 * announces {@link ResumeFiled}, so that an upload into a requisition opens the application.
 */
@ApplicationScoped
public class Intake {
  @PersistenceContext EntityManager em;
  @Inject Event<ProfileChanged> profileChanged;
  @Inject Event<ResumeFiled> resumeFiled;
  @Inject DuplicateFinder duplicates;
  @Inject Timeline timeline;

  /** Records a stored original for parsing; the file itself is already on disk. */
  @Transactional(TxType.MANDATORY)
  public ResumeDocument queue(
      ResumeStorage.StoredFile file,
      String fileName,
      String by,
      Long batchId,
      Long requisitionId,
      Candidate knownPerson) {
    ResumeDocument document =
        new ResumeDocument(
            file.sha256(),
            fileName == null ? "resume" : fileName,
            file.size(),
            by,
            batchId,
            requisitionId,
            knownPerson,
            Instant.now());
    em.persist(document);
    return document;
  }

  /**
   * The person an applicant's form names: one who is certainly known (same email or phone) gets the
   * contact details added; anyone else is a new record, flagged when a close match exists.
   */
  @Transactional(TxType.MANDATORY)
  public Candidate person(
      String name, String email, String phone, IntakeChannel channel, Instant now) {
    Optional<DuplicateFinder.Match> match =
        duplicates.find(name, List.of(email), phone == null ? List.of() : List.of(phone), null);
    if (match.isPresent() && match.get().certainty() == DuplicateFinder.Certainty.CERTAIN) {
      Candidate known = match.get().candidate();
      known.addContact(email, phone);
      return known;
    }
    Candidate created = new Candidate(name, email, phone, channel, now);
    em.persist(created);
    em.flush();
    match.ifPresent(m -> created.flagPossibleDuplicateOf(m.candidate().id()));
    return created;
  }

  @Transactional
  public List<Long> queuedIds(int limit) {
    return em.createQuery(
            "select d.id from ResumeDocument d where d.status = :queued order by d.id", Long.class)
        .setParameter("queued", ResumeDocument.Status.QUEUED)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public Optional<String> queuedSha(long documentId) {
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    return document == null || !document.isQueued()
        ? Optional.empty()
        : Optional.of(document.sha256());
  }

  @Transactional(TxType.REQUIRES_NEW)
  public void failed(long documentId, String mediaType, String reason) {
    ResumeDocument document = em.find(ResumeDocument.class, documentId);
    if (document != null && document.isQueued()) {
      document.failed(mediaType, reason, Instant.now());
      if (document.candidate() != null) {
        timeline.record(
            document.candidate().id(),
            null,
            document.uploadedBy(),
            CandidateEventType.RESUME_UNREADABLE,
            document.fileName() + ": " + reason);
      }
    }
  }

  /** Files the parsed profile: finds or creates the person and applies the profile. */
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
      Optional<DuplicateFinder.Match> match =
          duplicates.find(values.name(), values.emails(), values.phones(), null);
      if (match.isPresent() && match.get().certainty() == DuplicateFinder.Certainty.CERTAIN) {
        person = match.get().candidate();
      } else {
        IntakeChannel channel =
            document.requisitionId() == null
                ? IntakeChannel.TALENT_POOL_UPLOAD
                : IntakeChannel.UPLOAD;
        person = new Candidate(values.name(), null, null, channel, now);
        em.persist(person);
        em.flush();
        outcome = Outcome.CREATED;
        if (match.isPresent()) {
          person.flagPossibleDuplicateOf(match.get().candidate().id());
          outcome = Outcome.POSSIBLE_DUPLICATE;
        }
      }
    } else {
      Optional<DuplicateFinder.Match> other =
          duplicates.find(values.name(), values.emails(), values.phones(), person.id());
      if (other.isPresent()) {
        person.flagPossibleDuplicateOf(other.get().candidate().id());
      }
    }
    CandidateProfile effective = ProfileJson.corrections(person.correctionsJson()).overlay(values);
    person.readResume(effective, ProfileJson.write(profile), text.text(), now);
    document.parsed(text.mediaType(), text.text(), text.needsOcr(), person, outcome, now);
    timeline.record(
        person.id(),
        null,
        document.uploadedBy(),
        text.needsOcr() ? CandidateEventType.RESUME_NEEDS_OCR : CandidateEventType.RESUME_PARSED,
        document.fileName() + (text.needsOcr() ? " has no text layer: needs OCR" : ""));
    resumeFiled.fire(
        new ResumeFiled(
            document.id(), person.id(), document.requisitionId(), document.uploadedBy()));
    profileChanged.fire(new ProfileChanged(person.id()));
  }
}
