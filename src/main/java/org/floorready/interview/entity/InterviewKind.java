package org.floorready.interview.entity;

/** What an interview stage is for; each kind has its own scorecard. */
public enum InterviewKind {
  PHONE_SCREEN("Phone screen"),
  MOCK_SALES_CALL("Mock sales call (role play)"),
  PANEL("Panel interview"),
  MANAGER_INTERVIEW("Manager interview");

  private final String label;

  InterviewKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
