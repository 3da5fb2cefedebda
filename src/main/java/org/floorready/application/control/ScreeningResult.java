package org.floorready.application.control;

import java.util.List;

/**
 * An application's score against its requisition's criteria (0–100, null without criteria), whether
 * a must-have is unmet, and one explained line per criterion.
 */
public record ScreeningResult(Integer score, boolean mustHaveUnmet, List<Line> lines) {

  /** MET, NOT_MET or UNKNOWN, with the evidence from the profile. */
  public enum Outcome {
    MET,
    NOT_MET,
    UNKNOWN
  }

  /** One criterion: what it asks, whether it must be met, the outcome and why. */
  public record Line(String criterion, boolean mustHave, Outcome outcome, String evidence) {}

  public ScreeningResult {
    lines = List.copyOf(lines);
  }

  public int unmetMustHaves() {
    return (int) lines.stream().filter(l -> l.mustHave() && l.outcome() == Outcome.NOT_MET).count();
  }
}
