package org.floorready.application.boundary;

import org.floorready.candidate.entity.IntakeChannel;

/** Filters of the application list; all optional (null), combined with "and". */
public record ApplicationFilter(
    Long requisition,
    String stage,
    Integer minScore,
    Flag flag,
    IntakeChannel source,
    String licensedState,
    String language,
    String tag,
    Long assignee,
    String text) {

  /** Flags a recruiter filters by. */
  public enum Flag {
    MUST_HAVE_UNMET,
    KNOCKED_OUT,
    POSSIBLE_DUPLICATE,
    UNSCORED,
    OPEN
  }
}
