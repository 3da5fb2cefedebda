package org.floorready.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The stable problem type of a named refusal: its RFC 9457 {@code type} is {@code
 * /problems/{value}}, which clients branch on (never on the text of {@code detail}). Every type is
 * listed in the README; a test checks that each {@link Refusal} has one, that no two share it, and
 * that the README names it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ProblemType {

  /**
   * The last segment of the type URI, in lower-case words joined by dashes: "application-closed".
   */
  String value();

  int status();

  /** A short summary of the problem type that does not change from occurrence to occurrence. */
  String title();
}
