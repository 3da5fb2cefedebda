package org.floorready.candidate.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import org.floorready.requisition.entity.Requisition;

/**
 * A candidate applying to a requisition. Knock-out answers that match a disqualifying answer put
 * it straight into REJECTED, with the reason kept so a recruiter can see and reverse it.
 */
@Entity
public class Application {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
  @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requisition_id")
  private Requisition requisition;

  @Enumerated(EnumType.STRING)
  private ApplicationStage stage = ApplicationStage.APPLIED;

  private String source;
  private Instant appliedAt;
  private String answers;
  private boolean knockedOut;
  private String knockoutReason;
  private Instant consentAt;
  @Version private long version;

  protected Application() {}

  public Application(Candidate candidate, Requisition requisition, String source, Instant now) {
    this.candidate = candidate;
    this.requisition = requisition;
    this.source = source;
    this.appliedAt = now;
  }

  public void recordAnswers(String answersJson, String disqualification, Instant consent) {
    this.answers = answersJson;
    this.consentAt = consent;
    if (disqualification != null) {
      knockedOut = true;
      knockoutReason = disqualification;
      stage = ApplicationStage.REJECTED;
    }
  }

  /** Merging people moves their applications to the surviving record. */
  public void moveTo(Candidate survivor) {
    this.candidate = survivor;
  }

  public Long id() { return id; }
  public Candidate candidate() { return candidate; }
  public Requisition requisition() { return requisition; }
  public ApplicationStage stage() { return stage; }
  public String source() { return source; }
  public Instant appliedAt() { return appliedAt; }
  public String answers() { return answers; }
  public boolean knockedOut() { return knockedOut; }
  public String knockoutReason() { return knockoutReason; }
  public Instant consentAt() { return consentAt; }
  public long version() { return version; }
}
