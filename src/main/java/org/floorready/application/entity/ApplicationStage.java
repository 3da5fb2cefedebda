package org.floorready.application.entity;

/**
 * The stages of the default hiring pipeline. A requisition may rename, reorder, add and remove
 * stages ({@link Pipeline}); APPLIED (first), OFFER and HIRED (last) are always there because
 * intake, offers and the headcount plan rely on them. REJECTED and WITHDRAWN close an application
 * and need a reason; only an explicit reopen leaves them.
 */
public enum ApplicationStage {
  APPLIED("Applied", false),
  SCREEN("Screen", false),
  PHONE_INTERVIEW("Phone interview", true),
  MOCK_SALES_CALL("Mock sales call", true),
  MANAGER_INTERVIEW("Manager interview", true),
  OFFER("Offer", false),
  HIRED("Hired", false),
  REJECTED("Rejected", false),
  WITHDRAWN("Withdrawn", false);

  private final String label;
  private final boolean interview;

  ApplicationStage(String label, boolean interview) {
    this.label = label;
    this.interview = interview;
  }

  public String label() {
    return label;
  }

  public boolean interview() {
    return interview;
  }

  /** Rejected or withdrawn: the application is closed until someone reopens it. */
  public static boolean closes(String key) {
    return REJECTED.name().equals(key) || WITHDRAWN.name().equals(key);
  }

  /** A stage every pipeline keeps (it may be renamed, not removed). */
  public static boolean required(String key) {
    return APPLIED.name().equals(key) || OFFER.name().equals(key) || HIRED.name().equals(key);
  }

  /**
   * Where a stage stands in the funnel (Applied 0 … Hired 6); -1 for the closing stages and a
   * pipeline's own stages, which the funnel does not rank.
   */
  public static int funnelRank(String key) {
    for (ApplicationStage s : values()) {
      if (s.name().equals(key)) {
        return s.ordinal() <= HIRED.ordinal() ? s.ordinal() : -1;
      }
    }
    return -1;
  }
}
