package org.floorready.requisition.control;

import org.floorready.requisition.entity.Requisition;
import org.floorready.security.entity.AppUser;
import org.floorready.security.entity.Role;

/**
 * Who sees which requisitions: recruiters, admins and trainers all; hiring managers their team's,
 * the ones they manage and the ones they approve; interviewers the ones they interview for.
 * Enforced in queries and on every single read; not seeing one answers 404.
 */
public final class RequisitionAccess {
  private RequisitionAccess() {}

  public static boolean seesAll(AppUser user) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.RECRUITER) || user.hasRole(Role.TRAINER);
  }

  public static boolean canEdit(AppUser user) {
    return user.hasRole(Role.ADMIN) || user.hasRole(Role.RECRUITER);
  }

  public static boolean canSee(AppUser user, Requisition r) {
    if (seesAll(user)) {
      return true;
    }
    boolean manager =
        user.hasRole(Role.HIRING_MANAGER)
            && ((user.team() != null && user.team().id().equals(r.team().id()))
                || (r.hiringManager() != null && r.hiringManager().id().equals(user.id()))
                || r.approvalSteps().stream().anyMatch(s -> s.letsSee(user)));
    boolean interviewer = user.hasRole(Role.INTERVIEWER) && r.hasInterviewer(user);
    return manager || interviewer;
  }

  /**
   * The JPQL condition on alias {@code r} with parameter {@code :me} (and {@code :myTeam}), or null
   * for all.
   */
  public static String condition(AppUser user) {
    if (seesAll(user)) {
      return null;
    }
    java.util.List<String> any = new java.util.ArrayList<>();
    if (user.hasRole(Role.HIRING_MANAGER)) {
      if (user.team() != null) {
        any.add("r.team = :myTeam");
      }
      any.add("r.hiringManager = :me");
      // a step of "any hiring manager" lets them see the requisition while it waits for a
      // decision, and the one who decided it afterwards
      any.add(
          "exists (select s from ApprovalStep s where s.requisition = r and (s.approverUser = :me"
              + " or (s.approverRole = org.floorready.security.entity.Role.HIRING_MANAGER"
              + " and s.status = org.floorready.requisition.entity.ApprovalStep.Status.PENDING)"
              + " or s.decidedBy in (select u.email from AppUser u where u = :me)))");
    }
    if (user.hasRole(Role.INTERVIEWER)) {
      any.add("exists (select i from Requisition q join q.interviewers i where q = r and i = :me)");
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }
}
