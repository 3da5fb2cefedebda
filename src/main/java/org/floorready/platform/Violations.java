package org.floorready.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/** Turns Bean Validation failures into a 400 problem with one entry per invalid field. */
final class Violations {
  private Violations() {}

  static Problem problem(ConstraintViolationException invalid) {
    List<Problem.Violation> list =
        invalid.getConstraintViolations().stream()
            .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
            .sorted(Comparator.comparing(Problem.Violation::field))
            .toList();
    return Problem.of(InvalidInput.class, InvalidInput.DETAIL).withViolations(list);
  }

  /** "create.body.email" becomes "email": the client knows its own body, not our method names. */
  private static String fieldOf(ConstraintViolation<?> violation) {
    List<Path.Node> nodes = new java.util.ArrayList<>();
    violation.getPropertyPath().forEach(nodes::add);
    nodes.removeIf(node -> node.getKind() == ElementKind.METHOD);
    if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
      nodes.remove(0);
    }
    StringBuilder field = new StringBuilder();
    for (Path.Node node : nodes) {
      if (node.isInIterable() && node.getIndex() != null) {
        field.append('[').append(node.getIndex()).append(']');
      } else if (node.isInIterable() && node.getKey() != null) {
        field.append('[').append(node.getKey()).append(']');
      }
      if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
        continue;
      }
      if (!field.isEmpty()) {
        field.append('.');
      }
      field.append(node.getName());
    }
    return field.isEmpty() ? "body" : field.toString();
  }
}
