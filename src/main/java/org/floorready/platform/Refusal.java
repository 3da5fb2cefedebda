package org.floorready.platform;

/**
 * A business rule said no. Features throw named subclasses (an illegal state change, an unreadable
 * document); the problem mapper turns them into problem+json with their status.
 */
public abstract class Refusal extends RuntimeException {
  private final int status;
  private final String title;

  protected Refusal(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
