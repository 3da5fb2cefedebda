package org.floorready.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationsTest {
  record Line(@NotBlank String name) {}

  record Body(@NotBlank String title, List<@Valid Line> lines, List<@NotBlank String> tags) {}

  @Test
  void fieldNamesPointAtTheJsonTheClientSent() {
    Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    Body body = new Body("", List.of(new Line("ok"), new Line(" ")), List.of("a", ""));
    var violations = validator.validate(body);
    Problem problem = Violations.problem(new ConstraintViolationException(violations));
    assertThat(problem.violations())
        .extracting(Problem.Violation::field)
        .containsExactlyInAnyOrder("title", "lines[1].name", "tags[1]");
  }
}
