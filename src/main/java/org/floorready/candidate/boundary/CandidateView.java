package org.floorready.candidate.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CorrectionNote;
import org.floorready.candidate.entity.Corrections;
import org.floorready.candidate.entity.IntakeChannel;
import org.floorready.candidate.entity.ResumeDocument;
import org.floorready.resume.entity.ResumeProfile;

/** Candidates as the API shows them. */
public final class CandidateView {
  private CandidateView() {}

  /** One line of the search result. */
  @Schema(name = "CandidateSummary")
  public record Summary(
      long id,
      String name,
      String email,
      String phone,
      String city,
      String region,
      Integer experienceMonths,
      Integer contactCenterMonths,
      List<String> licensedStates,
      List<String> languages,
      List<String> skills,
      IntakeChannel source,
      Instant updatedAt,
      Long possibleDuplicateOf,
      Long mergedInto) {
    static Summary of(Candidate c) {
      return new Summary(
          c.id(),
          c.fullName(),
          c.primaryEmail(),
          c.primaryPhone(),
          c.city(),
          c.region(),
          c.experienceMonths(),
          c.contactCenterMonths(),
          c.licensedStates(),
          c.languages(),
          c.skills(),
          c.source(),
          c.updatedAt(),
          c.possibleDuplicateOf(),
          c.mergedInto());
    }
  }

  /**
   * An application of the candidate, as the application feature tells it ({@link
   * ApplicationsOfCandidate}).
   */
  public record ApplicationView(
      long id,
      long requisitionId,
      String requisition,
      String stage,
      String source,
      Instant appliedAt,
      boolean knockedOut,
      String knockoutReason) {}

  /** A stored original and what parsing made of it. */
  public record DocumentView(
      long id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String status,
      String outcome,
      String error,
      Instant uploadedAt,
      Instant parsedAt) {
    static DocumentView of(ResumeDocument d) {
      return new DocumentView(
          d.id(),
          d.fileName(),
          d.mediaType(),
          d.sizeBytes(),
          d.status().name(),
          d.outcome() == null ? null : d.outcome().name(),
          d.error(),
          d.uploadedAt(),
          d.parsedAt());
    }
  }

  /** A timeline entry. */
  @Schema(name = "TimelineEntry")
  public record EventView(
      Instant at, String actor, String actorName, String type, String detail, Long applicationId) {
    static EventView of(CandidateEvent e, Function<String, String> names) {
      return new EventView(
          e.at(),
          e.actor(),
          names.apply(e.actor()),
          e.type().name(),
          e.detail(),
          e.applicationId());
    }
  }

  /**
   * Who corrected a field and when; for name, email and phone also the value an undo restores (null
   * where unknown: the field then falls back to the parsed value).
   */
  public record CorrectionView(String by, String byName, Instant at, String restores) {
    static CorrectionView of(CorrectionNote note, Function<String, String> names) {
      return new CorrectionView(note.by(), names.apply(note.by()), note.at(), note.replaced());
    }
  }

  /**
   * The profile page: values, what the parser read (with the text each came from), corrections with
   * who made them (by field; corrections older than these notes have none), and history.
   */
  @Schema(name = "CandidateDetail")
  public record Detail(
      Summary summary,
      List<String> emails,
      List<String> phones,
      ResumeProfile parsed,
      Corrections corrections,
      Map<String, CorrectionView> correctionNotes,
      List<ApplicationView> applications,
      List<DocumentView> documents,
      List<EventView> timeline,
      String npn,
      Long recruitingSourceId,
      long version) {
    static Detail of(
        Candidate c,
        List<ApplicationView> applications,
        List<ResumeDocument> documents,
        List<CandidateEvent> events,
        Function<String, String> names) {
      Map<String, CorrectionView> notes =
          ProfileJson.notes(c.correctionNotesJson()).fields().entrySet().stream()
              .collect(
                  Collectors.toMap(Map.Entry::getKey, e -> CorrectionView.of(e.getValue(), names)));
      return new Detail(
          Summary.of(c),
          c.emails().stream().sorted().toList(),
          c.phones().stream().sorted().toList(),
          ProfileJson.profile(c.profileJson()),
          ProfileJson.corrections(c.correctionsJson()),
          notes,
          applications,
          documents.stream().map(DocumentView::of).toList(),
          events.stream().map(e -> EventView.of(e, names)).toList(),
          c.npn(),
          c.recruitingSourceId(),
          c.version());
    }
  }
}
