package org.floorready.security.boundary;

import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;

/** Why a sign-in (session or HTTP Basic) was refused; each case has its own problem type. */
abstract class SignInRefused extends Refusal {

  SignInRefused(String detail) {
    super(detail);
  }

  /** Unknown email or wrong password; which of the two is not said. */
  @ProblemType(value = "sign-in-failed", status = 401, title = "Unauthorized")
  static final class Failed extends SignInRefused {
    Failed() {
      super("Email or password is wrong.");
    }
  }

  /** Too many failed sign-ins for the email: locked until the time given. */
  @ProblemType(value = "sign-in-locked", status = 429, title = "Too Many Requests")
  static final class Locked extends SignInRefused {
    Locked(String until) {
      super("Too many failed sign-ins. Try again after " + until + " UTC.");
    }
  }
}
