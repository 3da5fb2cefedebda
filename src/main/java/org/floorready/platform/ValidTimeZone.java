package org.floorready.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;

/** An IANA time zone id such as America/Chicago (null passes; use @NotNull to require one). */
@Target({
  ElementType.FIELD,
  ElementType.PARAMETER,
  ElementType.RECORD_COMPONENT,
  ElementType.METHOD
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidTimeZone.Validator.class)
public @interface ValidTimeZone {
  String message() default "must be an IANA time zone such as America/Chicago";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the id against the JDK's time-zone database. */
  class Validator implements ConstraintValidator<ValidTimeZone, String> {
    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null
          || (value.contains("/") || value.equals("UTC"))
              && ZoneId.getAvailableZoneIds().contains(value);
    }
  }
}
