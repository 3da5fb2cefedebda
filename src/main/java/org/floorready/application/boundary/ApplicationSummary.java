package org.floorready.application.boundary;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.floorready.application.entity.Application;
import org.floorready.application.entity.Pipeline;
import org.floorready.candidate.entity.Candidate;
import org.floorready.candidate.entity.IntakeChannel;

/**
 * An application as a board card or a list row: who, where in the pipeline, and how well they fit.
 */
public record ApplicationSummary(
    long id,
    long candidateId,
    String name,
    String email,
    long requisitionId,
    String requisitionTitle,
    String stage,
    String stageName,
    Instant stageEnteredAt,
    long daysInStage,
    Integer score,
    boolean mustHaveUnmet,
    boolean knockedOut,
    boolean possibleDuplicate,
    List<String> licensedStates,
    List<String> languages,
    Integer experienceMonths,
    Integer contactCenterMonths,
    IntakeChannel source,
    Instant appliedAt,
    String assignee,
    List<String> tags,
    long version) {

  static ApplicationSummary of(Application a, Pipeline pipeline, Instant now) {
    Candidate c = a.candidate();
    Instant entered = a.stageEnteredAt() == null ? a.appliedAt() : a.stageEnteredAt();
    return new ApplicationSummary(
        a.id(),
        c.id(),
        c.fullName(),
        c.primaryEmail(),
        a.requisition().id(),
        a.requisition().title(),
        a.stage(),
        pipeline.name(a.stage()),
        entered,
        Math.max(0, Duration.between(entered, now).toDays()),
        a.score(),
        a.mustHaveUnmet(),
        a.knockedOut(),
        c.possibleDuplicateOf() != null,
        c.licensedStates(),
        c.languages(),
        c.experienceMonths(),
        c.contactCenterMonths(),
        a.source(),
        a.appliedAt(),
        a.assignee() == null ? null : a.assignee().displayName(),
        a.tags().stream().sorted().toList(),
        a.version());
  }
}
