package org.floorready.requisition.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import org.floorready.platform.InvalidInput;
import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** Finds requisitions the caller may see, and the people and teams a request names. */
@Dependent
public class RequisitionLookup {
  @PersistenceContext EntityManager em;

  /**
   * The requisition if it exists and the caller may see it; 404 otherwise, so its existence does
   * not leak.
   */
  public Requisition visible(long id, AppUser me) {
    Requisition requisition = em.find(Requisition.class, id);
    if (requisition == null || !RequisitionAccess.canSee(me, requisition)) {
      throw new NotFoundException("No requisition " + id + ".");
    }
    return requisition;
  }

  public Requisition editable(long id, AppUser me) {
    Requisition requisition = visible(id, me);
    if (!RequisitionAccess.canEdit(me)) {
      throw new ForbiddenException("Only recruiters and admins change requisitions.");
    }
    return requisition;
  }

  /** A user named in a field, who must exist and hold the role. */
  public AppUser userWithRole(Long id, Role role, String field) {
    if (id == null) {
      return null;
    }
    AppUser user = em.find(AppUser.class, id);
    if (user == null || !user.enabled()) {
      throw new InvalidInput(field, "no active user " + id);
    }
    if (!user.hasRole(role)) {
      throw new InvalidInput(
          field, user.displayName() + " is not a " + role.name().toLowerCase().replace('_', ' '));
    }
    return user;
  }

  public List<String> emailsOfRole(Role role) {
    // Booleans are compared in Java: EclipseLink writes them as 1/0, which H2 2 refuses to compare
    // with BOOLEAN.
    return em.createQuery("select u from AppUser u where :role member of u.roles", AppUser.class)
        .setParameter("role", role)
        .getResultStream()
        .filter(AppUser::enabled)
        .map(AppUser::email)
        .toList();
  }
}
