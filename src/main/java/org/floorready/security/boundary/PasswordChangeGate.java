package org.floorready.security.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.floorready.platform.ProblemType;
import org.floorready.platform.Refusal;
import org.floorready.security.entity.AppUser;

/**
 * Someone whose password an admin set must choose their own before anything else: every operation
 * but reading and ending the session and changing the password answers 403. API tokens are not held
 * back (a service account never signs in with its password).
 */
@Provider
public class PasswordChangeGate implements ContainerRequestFilter {
  @Context HttpServletRequest request;

  /** The caller must change the password an admin set first. */
  @ProblemType(value = "password-change-required", status = 403, title = "Password change required")
  public static class PasswordChangeRequired extends Refusal {
    PasswordChangeRequired() {
      super(
          "An administrator set your password: choose your own first (PUT /api/v1/session/password).");
    }
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (!(request.getAttribute(ApiAuthenticationMechanism.PASSWORD_USER) instanceof AppUser user)
        || !user.passwordChangeRequired()) {
      return;
    }
    String path = context.getUriInfo().getPath();
    if (path.equals("session") || path.equals("session/password")) {
      return;
    }
    throw new PasswordChangeRequired();
  }
}
