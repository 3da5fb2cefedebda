package org.floorready.candidate.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One dated line of a person's timeline: applied, resume parsed, corrected, merged, emailed … */
@Entity
@Table(name = "candidate_event")
public class CandidateEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "candidate_event_seq")
  @SequenceGenerator(
      name = "candidate_event_seq",
      sequenceName = "candidate_event_seq",
      allocationSize = 50)
  private Long id;

  private Long candidateId;
  private Long applicationId;
  private Instant at;
  private String actor;

  @Enumerated(EnumType.STRING)
  private CandidateEventType type;

  private String detail;

  protected CandidateEvent() {}

  public CandidateEvent(
      long candidateId,
      Long applicationId,
      String actor,
      CandidateEventType type,
      String detail,
      Instant at) {
    this.candidateId = candidateId;
    this.applicationId = applicationId;
    this.actor = actor;
    this.type = type;
    this.detail = detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000));
    this.at = at;
  }

  /** Its person was erased: the line stays (what happened, when), its details go. */
  public void erase() {
    detail = null;
  }

  public void moveTo(long survivorId) {
    candidateId = survivorId;
  }

  public Long id() {
    return id;
  }

  public Long candidateId() {
    return candidateId;
  }

  public Long applicationId() {
    return applicationId;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public CandidateEventType type() {
    return type;
  }

  public String detail() {
    return detail;
  }
}
