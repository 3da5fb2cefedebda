package org.floorready.application.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.floorready.candidate.entity.CandidateEvent;
import org.floorready.candidate.entity.CandidateEventType;

/**
 * One move of an application: who, when, from, to and why. Time in stage, funnel conversion and
 * time-to-hire are computed from these rows.
 */
@Entity
@Table(name = "stage_change")
public class StageChange {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_change_seq")
  @SequenceGenerator(
      name = "stage_change_seq",
      sequenceName = "stage_change_seq",
      allocationSize = 50)
  private Long id;

  private Long applicationId;
  private Long candidateId;
  private Long requisitionId;
  private String fromStage;
  private Long secondsInStage;
  private String toStage;
  private String reason;
  private String actor;
  private Instant at;

  protected StageChange() {}

  StageChange(
      Application application,
      String from,
      Instant fromEnteredAt,
      String to,
      String reason,
      String actor,
      Instant at) {
    this.secondsInStage =
        fromEnteredAt == null ? null : java.time.Duration.between(fromEnteredAt, at).toSeconds();
    this.applicationId = application.id();
    this.candidateId = application.candidate().id();
    this.requisitionId = application.requisition().id();
    this.fromStage = from;
    this.toStage = to;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.actor = actor;
    this.at = at;
  }

  /** The line on the person's timeline that tells this move. */
  public CandidateEvent asEvent(Pipeline pipeline) {
    String detail =
        (fromStage == null ? "" : pipeline.name(fromStage) + " → ")
            + pipeline.name(toStage)
            + (reason == null ? "" : ": " + reason);
    return new CandidateEvent(
        candidateId, applicationId, actor, CandidateEventType.STAGE_CHANGED, detail, at);
  }

  public Long id() {
    return id;
  }

  public Long applicationId() {
    return applicationId;
  }

  public Long candidateId() {
    return candidateId;
  }

  public Long requisitionId() {
    return requisitionId;
  }

  public String fromStage() {
    return fromStage;
  }

  public String toStage() {
    return toStage;
  }

  public String reason() {
    return reason;
  }

  public String actor() {
    return actor;
  }

  /** Seconds spent in the stage it left (null for the first entry of the history). */
  public Long secondsInStage() {
    return secondsInStage;
  }

  public Instant at() {
    return at;
  }
}
