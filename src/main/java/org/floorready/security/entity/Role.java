package org.floorready.security.entity;

/** What a user may do. A user may hold several roles. */
public enum Role {
  ADMIN,
  RECRUITER,
  HIRING_MANAGER,
  INTERVIEWER,
  TRAINER;

  /** Names for {@code @RolesAllowed}, which needs constants. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String RECRUITER_NAME = "RECRUITER";
  public static final String HIRING_MANAGER_NAME = "HIRING_MANAGER";
  public static final String INTERVIEWER_NAME = "INTERVIEWER";
  public static final String TRAINER_NAME = "TRAINER";
}
