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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.floorready.candidate.control.ProfileJson;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.CandidateEventType;
import org.floorready.candidate.entity.CandidateProfile;
import org.floorready.candidate.entity.CorrectionNote;
import org.floorready.candidate.entity.CorrectionNotes;
import org.floorready.candidate.entity.Corrections;
import org.floorready.candidate.entity.ProfileChanged;
import org.floorready.platform.InvalidInput;
import org.floorready.platform.PlainText;
import org.floorready.platform.StaleCheck;
import org.floorready.resume.control.PhoneNumbers;
import org.floorready.resume.entity.ResumeProfile;
import org.floorready.security.control.AuditTrail;
import org.floorready.security.control.Caller;

/**
 * Recruiters' corrections of a profile: they win over the parser now and after every re-parse,
 * until undone.
 */
@ApplicationScoped
@Transactional
public class ProfileCorrections {
  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Caller caller;
  @Inject Timeline timeline;
  @Inject Event<ProfileChanged> profileChanged;

  public Candidate correct(long id, Corrections change, Long version) {
    Candidate candidate = candidate(id);
    StaleCheck.requireCurrent(version, candidate.version(), "candidate");
    Map<String, String> problems = change.problems();
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Map<String, Object> before = candidate.auditState();
    String phone =
        change.phone() == null
            ? null
            : PhoneNumbers.e164(change.phone())
                .orElseThrow(
                    () ->
                        new InvalidInput("corrections.phone", "is not a phone number we can call"));
    Corrections normalized =
        new Corrections(
            PlainText.clean(change.name()),
            change.email(),
            phone,
            change.city(),
            change.region(),
            change.experienceMonths(),
            change.contactCenterMonths(),
            change.npn(),
            change.skills(),
            change.languages(),
            change.licensedStates(),
            change.country() == null ? null : change.country().trim().toUpperCase(Locale.ROOT),
            change.workHistory(),
            change.licenses(),
            change.education());
    Corrections earlier = ProfileJson.corrections(candidate.correctionsJson());
    CorrectionNotes notes = ProfileJson.notes(candidate.correctionNotesJson());
    Instant now = Instant.now();
    for (String field : normalized.correctedFields()) {
      notes =
          notes.with(
              field,
              candidate.noteCorrection(
                  field,
                  normalized.valueOf(field),
                  notes.of(field),
                  earlier.corrects(field),
                  caller.name(),
                  now));
    }
    store(candidate, earlier.then(normalized), notes, current(candidate), now);
    candidate.preferCorrected(normalized.name(), normalized.email(), normalized.phone());
    audit.updated(candidate, before, "Profile corrected");
    timeline.record(
        id,
        null,
        caller.name(),
        CandidateEventType.PROFILE_CORRECTED,
        String.join(", ", normalized.correctedFields()));
    profileChanged.fire(new ProfileChanged(id));
    return candidate;
  }

  /**
   * Removes the correction of one field: it shows the parsed value again (name, email, phone: the
   * one it replaced).
   */
  public Candidate undo(long id, String field, Long version) {
    if (!Corrections.isField(field)) {
      throw new NotFoundException("There is no profile field '" + field + "'.");
    }
    Candidate candidate = candidate(id);
    StaleCheck.requireCurrent(version, candidate.version(), "candidate");
    Corrections all = ProfileJson.corrections(candidate.correctionsJson());
    if (!all.corrects(field)) {
      throw new NotFoundException(
          "The " + field + " of candidate " + id + " has no correction to undo.");
    }
    Map<String, Object> before = candidate.auditState();
    CorrectionNotes notes = ProfileJson.notes(candidate.correctionNotesJson());
    CandidateProfile base =
        store(
            candidate,
            all.without(field),
            notes.without(field),
            CandidateProfile.unknown(),
            Instant.now());
    candidate.undoIdentityCorrection(field, all.valueOf(field), notes.of(field), base);
    audit.updated(candidate, before, "Correction of " + field + " undone");
    timeline.record(
        id,
        null,
        caller.name(),
        CandidateEventType.CORRECTION_UNDONE,
        field + ": removed \"" + text(all.valueOf(field)) + "\"");
    profileChanged.fire(new ProfileChanged(id));
    return candidate;
  }

  /**
   * On a merge, after the other record's contacts and resume moved: its corrections hold on the
   * survivor for every field the survivor has not corrected itself, with who made them and when,
   * and all corrections are laid over the survivor's profile again.
   */
  public void carryOver(Candidate other, Candidate survivor, Instant now) {
    Corrections theirs = ProfileJson.corrections(other.correctionsJson());
    Corrections mine = ProfileJson.corrections(survivor.correctionsJson());
    List<String> carried =
        theirs.correctedFields().stream().filter(field -> !mine.corrects(field)).toList();
    CorrectionNotes theirNotes = ProfileJson.notes(other.correctionNotesJson());
    CorrectionNotes notes = ProfileJson.notes(survivor.correctionNotesJson());
    for (String field : carried) {
      CorrectionNote note =
          survivor.noteCorrection(
              field,
              theirs.valueOf(field),
              Optional.empty(),
              false,
              theirNotes.of(field).map(CorrectionNote::by).orElse(caller.name()),
              theirNotes.of(field).map(CorrectionNote::at).orElse(now));
      notes = notes.with(field, note);
    }
    Corrections all = theirs.then(mine);
    store(survivor, all, notes, current(survivor), now);
    survivor.preferCorrected(
        carried.contains("name") ? all.name() : null,
        carried.contains("email") ? all.email() : null,
        carried.contains("phone") ? all.phone() : null);
    if (!carried.isEmpty()) {
      timeline.record(
          survivor.id(),
          null,
          caller.name(),
          CandidateEventType.PROFILE_CORRECTED,
          "carried over from candidate " + other.id() + ": " + String.join(", ", carried));
    }
  }

  /**
   * Keeps the corrections with their notes and lays them over the resume's values, or over {@code
   * unparsed} when no resume was read; answers the values they were laid over.
   */
  private static CandidateProfile store(
      Candidate candidate,
      Corrections all,
      CorrectionNotes notes,
      CandidateProfile unparsed,
      Instant now) {
    candidate.setCorrections(ProfileJson.write(all), ProfileJson.write(notes), now);
    ResumeProfile parsed = ProfileJson.profile(candidate.profileJson());
    CandidateProfile base = parsed == null ? unparsed : CandidateProfile.of(parsed);
    candidate.applyProfile(all.overlay(base), candidate.profileJson(), null, now);
    return base;
  }

  private Candidate candidate(long id) {
    Candidate candidate = em.find(Candidate.class, id);
    if (candidate == null) {
      throw new NotFoundException("No candidate " + id + ".");
    }
    return candidate;
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().allMatch(String.class::isInstance)
          ? String.join(", ", list.stream().map(String::valueOf).toList())
          : list.size() + (list.size() == 1 ? " entry" : " entries");
    }
    return String.valueOf(value);
  }

  private static CandidateProfile current(Candidate c) {
    return new CandidateProfile(
        c.fullName(),
        List.copyOf(c.emails()),
        List.copyOf(c.phones()),
        c.city(),
        c.region(),
        c.country(),
        c.experienceMonths(),
        c.contactCenterMonths(),
        c.npn(),
        c.skills(),
        c.languages(),
        c.licensedStates());
  }
}
