package org.floorready.interview.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.floorready.application.boundary.ApplicationAccessGrant;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * An interviewer who sits in one of an application's interviews may open that application (to
 * prepare and to fill their scorecard), even when the requisition does not list them.
 */
@ApplicationScoped
public class SeatedInterviewers implements ApplicationAccessGrant {
  @PersistenceContext EntityManager em;

  @Override
  public boolean grants(AppUser user, long applicationId) {
    if (!user.hasRole(Role.INTERVIEWER) && !user.hasRole(Role.HIRING_MANAGER)) {
      return false;
    }
    return !em.createQuery(
            "select i.id from Interview i join i.seats s where i.applicationId = :application"
                + " and s.userId = :me",
            Long.class)
        .setParameter("application", applicationId)
        .setParameter("me", user.id())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
