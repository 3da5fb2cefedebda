package org.floorready.requisition.entity;

import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/** Who approves one step: a named user or anyone holding a role. */
public record Approver(AppUser user, Role role) {
  public Approver {
    if ((user == null) == (role == null)) {
      throw new IllegalArgumentException("An approver is either a user or a role");
    }
  }

  public static Approver user(AppUser user) {
    return new Approver(user, null);
  }

  public static Approver role(Role role) {
    return new Approver(null, role);
  }
}
