package org.floorready.platform;

import java.util.List;

/**
 * Input that is wrong, field by field (an unknown team, a user without the role): 400 with one
 * violation per field. Bean Validation failures answer with the same problem type.
 */
@ProblemType(value = "invalid-input", status = 400, title = "Bad Request")
public class InvalidInput extends Refusal {
  static final String DETAIL = "Some fields are invalid; see violations.";

  private final List<Problem.Violation> violations;

  public InvalidInput(String field, String message) {
    super(DETAIL);
    this.violations = List.of(new Problem.Violation(field, message));
  }

  /** Several invalid fields at once, field → message, in the order found. */
  public InvalidInput(java.util.Map<String, String> problems) {
    super(DETAIL);
    this.violations =
        problems.entrySet().stream()
            .map(e -> new Problem.Violation(e.getKey(), e.getValue()))
            .toList();
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}
