package org.floorready.training.control;

import java.util.ArrayList;
import java.util.List;
import org.floorready.training.entity.AttendanceMark;
import org.floorready.training.entity.TrainingModule;

/**
 * At-risk flags computed from a new hire's record, each with a stable code (an acknowledgement
 * sticks to its code; a new absence or a new failed attempt makes a new code, so it flags again):
 *
 * <ul>
 *   <li>two or more absences;
 *   <li>attendance under 90 % of the marked sessions (excused ones left out; late counts as there);
 *   <li>a failed assessment: the counted score under the pass mark;
 *   <li>two nesting checks in a row "not yet".
 * </ul>
 */
public final class AtRiskRules {
  public static final int ABSENCES = 2;
  public static final double MIN_ATTENDANCE = 0.90;

  private AtRiskRules() {}

  /** One flag: a code that acknowledgements refer to, and the reason in words. */
  public record Flag(String code, String reason) {}

  /** A module's name and id with the person's standing on it. */
  public record ModuleStanding(long moduleId, String name, TrainingModule.Result result) {}

  public static List<Flag> flags(
      List<AttendanceMark> marks, List<ModuleStanding> modules, List<Boolean> nestingChecks) {
    List<Flag> flags = new ArrayList<>();
    long absent = marks.stream().filter(m -> m == AttendanceMark.ABSENT).count();
    if (absent >= ABSENCES) {
      flags.add(new Flag("absences-" + absent, absent + " absences"));
    }
    attendanceRate(marks)
        .filter(rate -> rate < MIN_ATTENDANCE)
        .ifPresent(
            rate ->
                flags.add(
                    new Flag(
                        "attendance", "attendance " + Math.round(rate * 100) + " % (under 90 %)")));
    for (ModuleStanding m : modules) {
      TrainingModule.Result r = m.result();
      if (r.score() != null && !r.passed()) {
        flags.add(
            new Flag(
                "assessment-" + m.moduleId() + "-" + r.attempts(),
                "failed "
                    + m.name()
                    + " ("
                    + r.score()
                    + ")"
                    + (r.retakesLeft() == 0
                        ? ", no retake left"
                        : ", " + r.retakesLeft() + " retake(s) left")));
      }
    }
    int n = nestingChecks.size();
    if (n >= 2 && !nestingChecks.get(n - 1) && !nestingChecks.get(n - 2)) {
      flags.add(new Flag("nesting-" + n, "two nesting checks in a row not ready"));
    }
    return flags;
  }

  /** Attended ÷ marked sessions that were not excused; empty when there are none. */
  public static java.util.Optional<Double> attendanceRate(List<AttendanceMark> marks) {
    long counted = marks.stream().filter(m -> m != null && m != AttendanceMark.EXCUSED).count();
    if (counted == 0) {
      return java.util.Optional.empty();
    }
    long attended = marks.stream().filter(m -> m != null && m.attended()).count();
    return java.util.Optional.of((double) attended / counted);
  }
}
