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
import org.floorready.candidate.entity.UploadBatch;
import org.floorready.resume.control.ExtractedText;
import org.floorready.resume.control.ResumeStorage;
import org.floorready.resume.entity.ResumeProfile;
import org.floorready.security.control.AuditTrail;

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
  @Inject AuditTrail audit;

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
   * A new record for someone who applied without signing in. A stranger must never change an
   * existing person with a form, so the applicant is always filed apart; when someone already known
   * matches (the same email or phone, or a close name), the new record is flagged as a possible
   * duplicate of them, and a recruiter decides whether to merge.
   */
  @Transactional(TxType.MANDATORY)
  public Candidate applicant(String name, String email, String phone, Instant now) {
    Optional<DuplicateFinder.Match> match =
        duplicates.find(name, List.of(email), phone == null ? List.of() : List.of(phone), null);
    Candidate created = new Candidate(name, email, phone, IntakeChannel.CAREERS_PAGE, now);
    em.persist(created);
    audit.created(created);
    match.ifPresent(m -> created.flagPossibleDuplicateOf(m.candidate().id()));
    return created;
  }

  /** The people known by this email address, oldest first (merged-away records left out). */
  @Transactional(TxType.MANDATORY)
  public List<Candidate> knownBy(String email) {
    return em.createQuery(
            "select c from Candidate c join c.emails e where e = :email and c.mergedInto is null"
                + " order by c.id",
            Candidate.class)
        .setParameter("email", email)
        .getResultList();
  }

  /** Whether this person has already sent the very same file (same content). */
  @Transactional(TxType.MANDATORY)
  public boolean holds(Candidate person, String sha256) {
    return !em.createQuery(
            "select d.id from ResumeDocument d where d.candidate = :c and d.sha256 = :sha",
            Long.class)
        .setParameter("c", person)
        .setParameter("sha", sha256)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
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
        audit.created(person);
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
    if (document.batchId() != null) {
      UploadBatch batch = em.find(UploadBatch.class, document.batchId());
      person.foundThroughIfUnknown(batch == null ? null : batch.recruitingSourceId(), now);
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
