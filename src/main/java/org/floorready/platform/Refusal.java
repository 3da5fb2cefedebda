package org.floorready.platform;

import java.net.URI;

/**
 * A business rule said no. Features throw named subclasses (an application that is closed, an
 * unreadable document), each annotated with its {@link ProblemType}; the problem mapper turns them
 * into problem+json with that type, status and title, and the message as {@code detail}.
 */
public abstract class Refusal extends RuntimeException {

  protected Refusal(String detail) {
    super(detail);
  }

  public int status() {
    return problemType().status();
  }

  public String title() {
    return problemType().title();
  }

  /** {@code /problems/{name}}: stable, relative to the API's address. */
  public URI type() {
    return typeOf(problemType());
  }

  public static URI typeOf(ProblemType type) {
    return URI.create("/problems/" + type.value());
  }

  private ProblemType problemType() {
    ProblemType type = getClass().getAnnotation(ProblemType.class);
    if (type == null) {
      throw new MissingProblemType(getClass());
    }
    return type;
  }

  /** A refusal class without its problem type: a defect of that class (the mapper answers 500). */
  static final class MissingProblemType extends RuntimeException {
    MissingProblemType(Class<?> refusal) {
      super(refusal.getName() + " has no @ProblemType");
    }
  }
}
