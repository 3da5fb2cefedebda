package org.floorready.interview.entity;

import java.util.List;

/**
 * What interviewers rate, 1 to 4, by interview kind: the phone screen and interviews judge how a
 * person talks and learns; the mock sales call is scored on the steps of a real P&C sales call.
 */
public enum Competency {
  COMMUNICATION("Communication", "Clear, friendly, easy to follow on the phone"),
  EMPATHY("Empathy", "Listens, acknowledges the caller's situation"),
  OBJECTION_HANDLING("Objection handling", "Answers price and coverage objections calmly"),
  SALES_APTITUDE("Sales aptitude", "Drive to close, comfort with targets"),
  PRODUCT_LEARNING("Product learning", "Picks up coverage terms and rules quickly"),
  TYPING_SYSTEMS("Typing and systems", "Types and navigates screens while talking"),
  OPENING("Opening", "Greets, introduces, sets the agenda, recorded-line disclosure"),
  DISCOVERY("Discovery", "Asks about vehicles, drivers, home, current coverage"),
  QUOTING("Quoting", "Presents coverages and price accurately and clearly"),
  CLOSE("Close", "Asks for the sale, handles payment and next steps"),
  COMPLIANCE_STATEMENTS(
      "Compliance statements", "Required disclosures read correctly (TCPA, state)");

  private final String label;
  private final String guide;

  Competency(String label, String guide) {
    this.label = label;
    this.guide = guide;
  }

  public String label() {
    return label;
  }

  public String guide() {
    return guide;
  }

  /** The competencies of a kind's scorecard, in the order they are shown. */
  public static List<Competency> of(InterviewKind kind) {
    return switch (kind) {
      case PHONE_SCREEN ->
          List.of(COMMUNICATION, EMPATHY, SALES_APTITUDE, PRODUCT_LEARNING, TYPING_SYSTEMS);
      case MOCK_SALES_CALL ->
          List.of(OPENING, DISCOVERY, QUOTING, OBJECTION_HANDLING, CLOSE, COMPLIANCE_STATEMENTS);
      case PANEL, MANAGER_INTERVIEW ->
          List.of(COMMUNICATION, EMPATHY, OBJECTION_HANDLING, SALES_APTITUDE, PRODUCT_LEARNING);
    };
  }
}
