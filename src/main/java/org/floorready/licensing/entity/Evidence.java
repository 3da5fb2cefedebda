package org.floorready.licensing.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A file that proves a step or a certification: which item it is for ("TX:LICENSE",
 * "certification:7"), its name and type as uploaded, and the hash it is kept under.
 */
@Entity
@Table(name = "license_evidence")
public class Evidence {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "license_evidence_seq")
  @SequenceGenerator(
      name = "license_evidence_seq",
      sequenceName = "license_evidence_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "licensee_id")
  private Licensee licensee;

  private String item;
  private String fileName;
  private String contentType;
  private long sizeBytes;
  private String sha256;
  private String uploadedBy;
  private Instant uploadedAt;

  protected Evidence() {}

  public Evidence(
      Licensee licensee,
      String item,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String by,
      Instant at) {
    this.licensee = licensee;
    this.item = item;
    this.fileName = fileName;
    this.contentType = contentType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = by;
    this.uploadedAt = at;
  }

  public Long id() {
    return id;
  }

  public Licensee licensee() {
    return licensee;
  }

  public String item() {
    return item;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
