package org.floorready.candidate.entity;

/** The default hiring pipeline; Rejected and Withdrawn end it. The screening feature adds the rules. */
public enum ApplicationStage {
  APPLIED,
  SCREEN,
  PHONE_INTERVIEW,
  MOCK_SALES_CALL,
  MANAGER_INTERVIEW,
  OFFER,
  HIRED,
  REJECTED,
  WITHDRAWN
}
