package org.floorready.security.control;

import java.time.Instant;
import org.floorready.security.entity.AppUser;

/** What a sign-in attempt came to. */
public sealed interface SignInOutcome {
  record Success(AppUser user) implements SignInOutcome {}

  record WrongCredentials() implements SignInOutcome {}

  record Locked(Instant until) implements SignInOutcome {}
}
