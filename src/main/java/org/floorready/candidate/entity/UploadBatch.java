package org.floorready.candidate.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.floorready.security.entity.Audited;

/** A recruiter's bulk upload: its documents carry the batch id; progress is counted from them. */
@Entity
@Table(name = "upload_batch")
public class UploadBatch implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "upload_batch_seq")
  @SequenceGenerator(
      name = "upload_batch_seq",
      sequenceName = "upload_batch_seq",
      allocationSize = 50)
  private Long id;

  private String createdBy;
  private Instant createdAt;
  private Long requisitionId;
  private int total;
  private Long recruitingSourceId;
  @Version private long version;

  protected UploadBatch() {}

  public UploadBatch(String createdBy, Long requisitionId, Long recruitingSourceId, Instant now) {
    this.createdBy = createdBy;
    this.requisitionId = requisitionId;
    this.recruitingSourceId = recruitingSourceId;
    this.createdAt = now;
  }

  public void counted(int files) {
    total = files;
  }

  /** The source the uploader named for everyone in this batch (null: none). */
  public Long recruitingSourceId() {
    return recruitingSourceId;
  }

  public Long id() {
    return id;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Long requisitionId() {
    return requisitionId;
  }

  public int total() {
    return total;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("createdBy", createdBy);
    state.put("requisitionId", requisitionId);
    state.put("files", total);
    return state;
  }
}
