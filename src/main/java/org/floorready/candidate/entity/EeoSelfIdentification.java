package org.floorready.candidate.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Voluntary EEO self-identification. Deliberately not linked to the candidate or the application:
 * it can only ever be reported in aggregate per requisition, never seen next to a person.
 */
@Entity
@Table(name = "eeo_self_identification")
public class EeoSelfIdentification {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eeo_self_identification_seq")
  @SequenceGenerator(name = "eeo_self_identification_seq", sequenceName = "eeo_self_identification_seq", allocationSize = 50)
  private Long id;

  private long requisitionId;
  private Instant submittedAt;
  private String gender;
  private String raceEthnicity;
  private String veteranStatus;
  private String disabilityStatus;

  protected EeoSelfIdentification() {}

  public EeoSelfIdentification(long requisitionId, String gender, String raceEthnicity, String veteranStatus,
      String disabilityStatus, Instant now) {
    this.requisitionId = requisitionId;
    this.gender = gender;
    this.raceEthnicity = raceEthnicity;
    this.veteranStatus = veteranStatus;
    this.disabilityStatus = disabilityStatus;
    this.submittedAt = now;
  }
}
