package org.floorready.platform;

import java.util.List;

/** Input that passed the annotations but is still wrong (an unknown team, a user without the role): 400. */
public class InvalidInput extends Refusal {
  private final List<Problem.Violation> violations;

  public InvalidInput(String field, String message) {
    super(400, "Bad Request", "Some fields are invalid; see violations.");
    this.violations = List.of(new Problem.Violation(field, message));
  }

  /** Several invalid fields at once, field → message, in the order found. */
  public InvalidInput(java.util.Map<String, String> problems) {
    super(400, "Bad Request", "Some fields are invalid; see violations.");
    this.violations = problems.entrySet().stream().map(e -> new Problem.Violation(e.getKey(), e.getValue())).toList();
  }

  public List<Problem.Violation> violations() {
    return violations;
  }
}
