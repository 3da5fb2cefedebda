package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A weekly check of a person nesting on supervised live calls: ready, or not yet, with notes. */
@Entity
@Table(name = "nesting_check")
public class NestingCheck {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "nesting_check_seq")
  @SequenceGenerator(
      name = "nesting_check_seq",
      sequenceName = "nesting_check_seq",
      allocationSize = 50)
  private Long id;

  private long newHireId;
  private LocalDate weekOf;
  private boolean ready;
  private String note;
  private String checkedBy;
  private Instant checkedAt;

  protected NestingCheck() {}

  public NestingCheck(long newHireId, LocalDate weekOf) {
    this.newHireId = newHireId;
    this.weekOf = weekOf;
  }

  public void record(boolean isReady, String withNote, String by, Instant at) {
    this.ready = isReady;
    this.note = withNote;
    this.checkedBy = by;
    this.checkedAt = at;
  }

  public long newHireId() {
    return newHireId;
  }

  public LocalDate weekOf() {
    return weekOf;
  }

  public boolean ready() {
    return ready;
  }

  public String note() {
    return note;
  }

  public String checkedBy() {
    return checkedBy;
  }
}
