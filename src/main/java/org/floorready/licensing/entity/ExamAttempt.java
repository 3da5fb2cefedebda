package org.floorready.licensing.entity;

import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/** An exam sitting: scheduled with a vendor, and once taken, its result and score. */
@Embeddable
public class ExamAttempt {
  private String vendor;
  private LocalDate scheduledOn;
  private LocalDate takenOn;
  private Boolean passed;
  private Integer score;
  private String recordedBy;
  private Instant recordedAt;

  protected ExamAttempt() {}

  public ExamAttempt(
      String vendor,
      LocalDate scheduledOn,
      LocalDate takenOn,
      Boolean passed,
      Integer score,
      String by,
      Instant at) {
    this.vendor = vendor;
    this.scheduledOn = scheduledOn;
    this.takenOn = takenOn;
    this.passed = passed;
    this.score = score;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  void result(LocalDate takenOn, boolean passed, Integer score, String by, Instant at) {
    this.takenOn = takenOn;
    this.passed = passed;
    this.score = score;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public String vendor() {
    return vendor;
  }

  public LocalDate scheduledOn() {
    return scheduledOn;
  }

  public LocalDate takenOn() {
    return takenOn;
  }

  public Boolean passed() {
    return passed;
  }

  public Integer score() {
    return score;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
