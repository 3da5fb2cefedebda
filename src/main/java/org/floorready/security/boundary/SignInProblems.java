package org.floorready.security.boundary;

import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
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
      return Problem.of(
          429, "Too Many Requests", "Too many failed sign-ins for this email. Try again after " + until + " UTC.");
    }
    if (outcome instanceof SignInOutcome.Disabled) {
      return Problem.of(401, "Unauthorized", "This account is disabled. Ask an administrator.");
    }
    return Problem.of(401, "Unauthorized", "Email or password is wrong.");
  }
}
