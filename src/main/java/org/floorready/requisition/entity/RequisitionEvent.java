package org.floorready.requisition.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;

/** A dated entry in a requisition's history: every state change and every decision. */
@Entity
@Table(name = "requisition_event")
public class RequisitionEvent {
  /** What happened. */
  public enum Type {
    CREATED,
    EDITED,
    SUBMITTED,
    APPROVED_STEP,
    REJECTED,
    OPENED,
    SENT_BACK_FOR_APPROVAL,
    PUT_ON_HOLD,
    RESUMED,
    OPENING_FILLED,
    OPENING_REOPENED,
    FILLED,
    CANCELLED,
    REOPENED,
    CLONED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "requisition_event_seq")
  @SequenceGenerator(
      name = "requisition_event_seq",
      sequenceName = "requisition_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requisition_id")
  private Requisition requisition;

  private Instant at;
  private String actor;

  @Enumerated(EnumType.STRING)
  private Type type;

  @Enumerated(EnumType.STRING)
  private RequisitionStatus fromStatus;

  @Enumerated(EnumType.STRING)
  private RequisitionStatus toStatus;

  private String detail;

  protected RequisitionEvent() {}

  RequisitionEvent(
      Requisition requisition,
      Instant at,
      String actor,
      Type type,
      RequisitionStatus from,
      RequisitionStatus to,
      String detail) {
    this.requisition = requisition;
    this.at = at;
    this.actor = actor;
    this.type = type;
    this.fromStatus = from;
    this.toStatus = to;
    this.detail = detail;
  }

  public Long id() {
    return id;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public Type type() {
    return type;
  }

  public RequisitionStatus fromStatus() {
    return fromStatus;
  }

  public RequisitionStatus toStatus() {
    return toStatus;
  }

  public String detail() {
    return detail;
  }
}
