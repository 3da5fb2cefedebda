package org.floorready.training.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trainer saw an at-risk flag and said what is being done about it. */
@Entity
@Table(name = "flag_acknowledgement")
public class FlagAcknowledgement {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flag_acknowledgement_seq")
  @SequenceGenerator(
      name = "flag_acknowledgement_seq",
      sequenceName = "flag_acknowledgement_seq",
      allocationSize = 50)
  private Long id;

  private long newHireId;
  private String flag;
  private String note;
  private String acknowledgedBy;
  private Instant acknowledgedAt;

  protected FlagAcknowledgement() {}

  public FlagAcknowledgement(long newHireId, String flag) {
    this.newHireId = newHireId;
    this.flag = flag;
  }

  public void note(String text, String by, Instant at) {
    this.note = text;
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
  }

  public long newHireId() {
    return newHireId;
  }

  public String flag() {
    return flag;
  }

  public String note() {
    return note;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
