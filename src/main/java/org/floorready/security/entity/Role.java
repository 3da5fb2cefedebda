package org.floorready.security.entity;

/** What a user may do. A user may hold several roles. */
public enum Role {
  ADMIN,
  RECRUITER,
  HIRING_MANAGER,
  INTERVIEWER,
  TRAINER,
  /**
   * A machine, not a person: the dialer or the call-center platform, through API tokens an admin
   * creates for the service account. It sees no candidate's personal data.
   */
  INTEGRATION;

  /** Names for {@code @RolesAllowed}, which needs constants. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String RECRUITER_NAME = "RECRUITER";
  public static final String HIRING_MANAGER_NAME = "HIRING_MANAGER";
  public static final String INTERVIEWER_NAME = "INTERVIEWER";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String INTEGRATION_NAME = "INTEGRATION";
}
