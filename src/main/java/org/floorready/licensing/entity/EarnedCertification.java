package org.floorready.licensing.entity;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A certification a person earned, until it expires (null: it does not). */
@Embeddable
public class EarnedCertification {
  private long certificationId;
  private LocalDate earnedOn;
  private LocalDate expiresOn;
  private String recordedBy;

  protected EarnedCertification() {}

  public EarnedCertification(
      long certificationId, LocalDate earnedOn, LocalDate expiresOn, String recordedBy) {
    this.certificationId = certificationId;
    this.earnedOn = earnedOn;
    this.expiresOn = expiresOn;
    this.recordedBy = recordedBy;
  }

  public long certificationId() {
    return certificationId;
  }

  public LocalDate earnedOn() {
    return earnedOn;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public String recordedBy() {
    return recordedBy;
  }
}
