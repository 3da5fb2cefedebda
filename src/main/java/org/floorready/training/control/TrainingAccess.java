package org.floorready.training.control;

import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;
import org.floorready.training.entity.NewHire;
import org.floorready.training.entity.TrainingClass;

/**
 * Who sees what of training. Admins see everything; a trainer sees the classes they teach and the
 * people in them, and changes those; a hiring manager sees the new hires of their team (read only);
 * recruiters see the list of classes with their seats (to make offers), not rosters. Not seeing a
 * record answers 404.
 */
public final class TrainingAccess {
  private TrainingAccess() {}

  public static boolean canSeeRoster(AppUser user, TrainingClass c) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.TRAINER) && c.taughtBy(user);
  }

  /** Roll call, scores, milestones, departures: the class's trainers and admins. */
  public static boolean canTeach(AppUser user, TrainingClass c) {
    return canSeeRoster(user, c);
  }

  public static boolean canSee(AppUser user, NewHire n) {
    return canSeeRoster(user, n.trainingClass())
        || user.hasRole(Role.HIRING_MANAGER)
            && user.team() != null
            && user.team().id().equals(n.teamId());
  }

  /** Recruiters list classes to make offers into them; trainers and admins manage them. */
  public static boolean canListClasses(AppUser user) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.TRAINER) || user.hasRole(Role.RECRUITER);
  }

  public static boolean canManagePrograms(AppUser user) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.TRAINER);
  }
}
