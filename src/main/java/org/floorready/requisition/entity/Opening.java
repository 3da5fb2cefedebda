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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One seat of a requisition, tracked on its own so time-to-fill is known per opening. */
@Entity
public class Opening {
  /** Whether the seat still needs a hire. */
  public enum Status {
    OPEN,
    FILLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opening_seq")
  @SequenceGenerator(name = "opening_seq", sequenceName = "opening_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "requisition_id")
  private Requisition requisition;

  private int number;

  @Enumerated(EnumType.STRING)
  private Status status = Status.OPEN;

  private Instant openedAt;
  private Instant filledAt;
  private String filledBy;
  // the application hired into this seat (null: filled by hand, a hire made outside FloorReady)
  private Long applicationId;
  @Version private long version;

  protected Opening() {}

  Opening(Requisition requisition, int number, Instant openedAt) {
    this.requisition = requisition;
    this.number = number;
    this.openedAt = openedAt;
  }

  void markOpenedIfNew(Instant now) {
    if (openedAt == null) {
      openedAt = now;
    }
  }

  void fill(String hire, Instant at) {
    status = Status.FILLED;
    filledBy = hire;
    filledAt = at;
  }

  void hiredFrom(long application) {
    applicationId = application;
  }

  /** The hire left: the seat is open again, and its time-to-fill starts over from {@code now}. */
  void vacate(Instant now) {
    reopen();
    openedAt = now;
  }

  void reopen() {
    status = Status.OPEN;
    filledBy = null;
    filledAt = null;
    applicationId = null;
  }

  public Long applicationId() {
    return applicationId;
  }

  /** From the requisition being opened (approved) to this seat being filled. */
  public Optional<Duration> timeToFill() {
    return openedAt == null || filledAt == null
        ? Optional.empty()
        : Optional.of(Duration.between(openedAt, filledAt));
  }

  public Long id() {
    return id;
  }

  public int number() {
    return number;
  }

  public Status status() {
    return status;
  }

  public boolean isOpen() {
    return status == Status.OPEN;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant filledAt() {
    return filledAt;
  }

  public String filledBy() {
    return filledBy;
  }
}
