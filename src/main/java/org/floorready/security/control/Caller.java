package org.floorready.security.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.ForbiddenException;
import java.security.Principal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** Who is acting: the signed-in user, or "system" for background jobs and start-up work. */
@Dependent
public class Caller {
  public static final String SYSTEM = "system";

  @Inject SecurityContext securityContext;
  @PersistenceContext EntityManager em;

  public String name() {
    try {
      Principal principal = securityContext.getCallerPrincipal();
      return principal == null ? SYSTEM : principal.getName();
    } catch (RuntimeException outsideARequest) {
      return SYSTEM;
    }
  }

  /**
   * The signed-in user (403 for the system or a caller without an account), acting with the roles
   * this request was let in with: an API token limited to some of its owner's roles grants no more,
   * here as in {@code @RolesAllowed}.
   */
  public AppUser user() {
    // a list, not a stream: outside a transaction a stream's cursor would keep its connection
    AppUser user =
        em
            .createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
            .setParameter("email", name())
            .getResultList()
            .stream()
            .findFirst()
            .orElseThrow(() -> new ForbiddenException("Only signed-in users can do this."));
    Set<Role> granted = EnumSet.noneOf(Role.class);
    for (Role role : user.roles()) {
      if (securityContext.isCallerInRole(role.name())) {
        granted.add(role);
      }
    }
    user.actOnlyAs(granted);
    return user;
  }

  /**
   * The signed-in user's IANA time zone: a calendar date they type means a day there. UTC for the
   * system.
   */
  public ZoneId zone() {
    return em
        .createNamedQuery(AppUser.BY_EMAIL, AppUser.class)
        .setParameter("email", name())
        .getResultList()
        .stream()
        .findFirst()
        .map(AppUser::timeZone)
        .filter(Objects::nonNull)
        .<ZoneId>map(ZoneId::of)
        .orElse(ZoneOffset.UTC);
  }
}
