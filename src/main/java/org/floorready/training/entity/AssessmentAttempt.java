package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.floorready.platform.InvalidInput;

/** One attempt at a module's assessment: its number, the score (0–100), when and who graded it. */
@Entity
@Table(name = "assessment_attempt")
public class AssessmentAttempt {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_attempt_seq")
  @SequenceGenerator(
      name = "assessment_attempt_seq",
      sequenceName = "assessment_attempt_seq",
      allocationSize = 50)
  private Long id;

  private long newHireId;
  private long moduleId;
  private int attempt;
  private int score;
  private LocalDate takenOn;
  private String gradedBy;
  private Instant gradedAt;

  protected AssessmentAttempt() {}

  public AssessmentAttempt(
      long newHireId,
      long moduleId,
      int attempt,
      int score,
      LocalDate takenOn,
      String by,
      Instant at) {
    if (score < 0 || score > 100) {
      throw new InvalidInput("score", "must be 0 to 100");
    }
    this.newHireId = newHireId;
    this.moduleId = moduleId;
    this.attempt = attempt;
    this.score = score;
    this.takenOn = takenOn;
    this.gradedBy = by;
    this.gradedAt = at;
  }

  public Long id() {
    return id;
  }

  public long newHireId() {
    return newHireId;
  }

  public long moduleId() {
    return moduleId;
  }

  public int attempt() {
    return attempt;
  }

  public int score() {
    return score;
  }

  public LocalDate takenOn() {
    return takenOn;
  }

  public String gradedBy() {
    return gradedBy;
  }
}
