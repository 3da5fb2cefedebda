package org.floorready.resume.entity;

/**
 * How far a parsed value can be trusted: {@code high}, or {@code low} with the reason a recruiter
 * should check it ("check this" on the profile page).
 */
public record FieldConfidence(String level, String reason) {
  public static final String HIGH = "high";
  public static final String LOW = "low";

  public static FieldConfidence high(String reason) {
    return new FieldConfidence(HIGH, reason);
  }

  public static FieldConfidence low(String reason) {
    return new FieldConfidence(LOW, reason);
  }
}
