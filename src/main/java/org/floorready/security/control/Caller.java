package org.floorready.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/** Who is acting: the signed-in user, or "system" for background jobs and start-up work. */
@Dependent
public class Caller {
  public static final String SYSTEM = "system";

  @Inject SecurityContext securityContext;

  public String name() {
    try {
      Principal principal = securityContext.getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideARequest) {
      return SYSTEM;
    }
  }

  public boolean isInRole(String role) {
    try {
      return securityContext.isCallerInRole(role);
    } catch (RuntimeException outsideARequest) {
      return false;
    }
  }
}
