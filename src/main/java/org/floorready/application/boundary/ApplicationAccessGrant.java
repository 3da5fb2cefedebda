package org.floorready.application.boundary;

import org.floorready.security.entity.AppUser;

/**
 * Lets a higher feature open one application to someone the requisition's rules do not (an
 * interviewer picked from a pool sits in the person's interview): implemented there, consulted
 * here, so this feature never imports it.
 */
public interface ApplicationAccessGrant {
  boolean grants(AppUser user, long applicationId);
}
