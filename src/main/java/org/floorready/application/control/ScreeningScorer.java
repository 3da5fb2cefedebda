package org.floorready.application.control;

import static org.floorready.application.control.ScreeningResult.Outcome.MET;
import static org.floorready.application.control.ScreeningResult.Outcome.NOT_MET;
import static org.floorready.application.control.ScreeningResult.Outcome.UNKNOWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.floorready.application.control.ScreeningResult.Line;
import org.floorready.requisition.entity.ScreeningCriterion;
import org.floorready.resume.entity.HeldLicense;

/**
 * Scores a profile against a requisition's criteria. A must-have weighs two, a nice-to-have one;
 * the score is the met weight as a percentage of all weight. Unknown is neither met nor unmet: an
 * unparsed resume scores nothing but is never flagged. An unmet must-have is flagged, never used to
 * reject.
 */
public final class ScreeningScorer {
  private ScreeningScorer() {}

  public static ScreeningResult score(List<ScreeningCriterion> criteria, ScreeningInput profile) {
    if (criteria.isEmpty()) {
      return new ScreeningResult(null, false, List.of());
    }
    List<Line> lines = new ArrayList<>();
    int total = 0;
    int met = 0;
    boolean unmetMustHave = false;
    for (ScreeningCriterion c : criteria) {
      Line line =
          profile.known()
              ? judge(c, profile)
              : new Line(
                  describe(c), c.mustHave(), UNKNOWN, "No parsed resume or entered profile yet");
      int weight = c.mustHave() ? 2 : 1;
      total += weight;
      met += line.outcome() == MET ? weight : 0;
      unmetMustHave |= c.mustHave() && line.outcome() == NOT_MET;
      lines.add(line);
    }
    return new ScreeningResult(Math.round(100f * met / total), unmetMustHave, lines);
  }

  /** What a criterion asks, in words (also the name of its screening line). */
  public static String describe(ScreeningCriterion c) {
    return switch (c.kind()) {
      case SKILL -> "Skill: " + c.value();
      case LANGUAGE -> "Speaks " + c.value();
      case EXPERIENCE_MONTHS -> "At least " + c.minMonths() + " months of work experience";
      case CONTACT_CENTER_MONTHS ->
          "At least " + c.minMonths() + " months of contact-center experience";
      case LICENSE_STATE -> "Licensed in " + c.value();
    };
  }

  private static Line judge(ScreeningCriterion c, ScreeningInput p) {
    String what = describe(c);
    return switch (c.kind()) {
      case SKILL ->
          listed(p.skills(), c.value())
              ? new Line(what, c.mustHave(), MET, c.value() + " in the resume")
              : new Line(what, c.mustHave(), NOT_MET, "No " + c.value() + " in the resume");
      case LANGUAGE ->
          listed(p.languages(), c.value())
              ? new Line(what, c.mustHave(), MET, c.value())
              : new Line(
                  what,
                  c.mustHave(),
                  "English".equalsIgnoreCase(c.value()) ? UNKNOWN : NOT_MET,
                  "No mention of " + c.value());
      case EXPERIENCE_MONTHS -> months(what, c, p.experienceMonths(), "months of experience");
      case CONTACT_CENTER_MONTHS ->
          months(what, c, p.contactCenterMonths(), "months contact-center experience");
      case LICENSE_STATE -> license(what, c, p);
    };
  }

  private static Line months(String what, ScreeningCriterion c, Integer have, String unit) {
    int needed = c.minMonths() == null ? 0 : c.minMonths();
    if (have == null) {
      return new Line(what, c.mustHave(), UNKNOWN, "No dated work history to count " + unit);
    }
    return have >= needed
        ? new Line(what, c.mustHave(), MET, have + " " + unit)
        : new Line(what, c.mustHave(), NOT_MET, have + " " + unit + ", needs " + needed);
  }

  private static Line license(String what, ScreeningCriterion c, ScreeningInput p) {
    String state = c.value() == null ? "" : c.value().trim().toUpperCase();
    Optional<HeldLicense> stated =
        p.licenses().stream()
            .filter(l -> state.equals(l.state()))
            .sorted((a, b) -> Boolean.compare(b.active(), a.active()))
            .findFirst();
    if (p.licensedStates().contains(state)) {
      String number =
          stated
              .map(HeldLicense::number)
              .filter(n -> n != null && !n.isBlank())
              .map(n -> ", license " + n)
              .orElse("");
      return new Line(what, c.mustHave(), MET, "Licensed in " + state + number);
    }
    if (stated.isPresent() && !stated.get().active()) {
      return new Line(
          what,
          c.mustHave(),
          NOT_MET,
          state
              + " license lapsed"
              + (stated.get().number() == null ? "" : " (license " + stated.get().number() + ")"));
    }
    return new Line(what, c.mustHave(), NOT_MET, "No active P&C license in " + state);
  }

  private static boolean listed(List<String> values, String wanted) {
    return wanted != null && values.stream().anyMatch(v -> v.equalsIgnoreCase(wanted.trim()));
  }
}
