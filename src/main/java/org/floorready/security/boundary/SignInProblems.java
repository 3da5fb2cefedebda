package org.floorready.security.boundary;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.floorready.platform.Problem;
import org.floorready.security.control.SignInOutcome;

/** The problem a failed sign-in answers with. */
final class SignInProblems {
  private SignInProblems() {}

  static Problem of(SignInOutcome outcome) {
    if (outcome instanceof SignInOutcome.Locked locked) {
      String until =
          DateTimeFormatter.ISO_LOCAL_TIME
              .withZone(ZoneOffset.UTC)
              .format(locked.until().truncatedTo(ChronoUnit.SECONDS));
      return Problem.of(new SignInRefused.Locked(until));
    }
    return Problem.of(new SignInRefused.Failed());
  }
}
