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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An uploaded original, stored (by content hash) before parsing starts. QUEUED until the parse job
 * ran; a job that dies mid-parse is picked up again after a restart, so nothing is lost.
 */
@Entity
@Table(name = "resume_document")
@NamedQuery(
    name = ResumeDocument.OUTCOMES_BY_BATCH,
    query =
        "select d.batchId, d.outcome, count(d)"
            + " from ResumeDocument d where d.batchId in :batches group by d.batchId, d.outcome")
public class ResumeDocument {
  /** Rows of (batch id, outcome or null while queued, number of files) for the given batches. */
  public static final String OUTCOMES_BY_BATCH = "ResumeDocument.outcomesByBatch";

  /** Where the document is in the parse queue. */
  public enum Status {
    QUEUED,
    PARSED,
    NEEDS_OCR,
    FAILED
  }

  /** What intake made of it: a new person, an existing one, or a probable duplicate to review. */
  public enum Outcome {
    CREATED,
    MATCHED,
    POSSIBLE_DUPLICATE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "resume_document_seq")
  @SequenceGenerator(
      name = "resume_document_seq",
      sequenceName = "resume_document_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "candidate_id")
  private Candidate candidate;

  private Long batchId;
  private Long requisitionId;
  private String sha256;
  private String fileName;
  private String mediaType;
  private long sizeBytes;

  @Enumerated(EnumType.STRING)
  private Status status = Status.QUEUED;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String error;
  private String textContent;
  private String uploadedBy;
  private Instant uploadedAt;
  private Instant parsedAt;
  @Version private long version;

  protected ResumeDocument() {}

  static final int MAX_FILE_NAME = 255;

  /**
   * A name the sender made longer than we keep loses its middle, not its extension:
   * "very-long…cv.pdf".
   */
  static String shortened(String fileName) {
    if (fileName == null || fileName.isBlank()) {
      return "resume";
    }
    if (fileName.length() <= MAX_FILE_NAME) {
      return fileName;
    }
    int dot = fileName.lastIndexOf('.');
    String extension = dot > 0 && fileName.length() - dot <= 10 ? fileName.substring(dot) : "";
    return fileName.substring(0, MAX_FILE_NAME - extension.length() - 1) + "…" + extension;
  }

  public ResumeDocument(
      String sha256,
      String fileName,
      long size,
      String uploadedBy,
      Long batchId,
      Long requisitionId,
      Candidate candidate,
      Instant now) {
    this.sha256 = sha256;
    this.fileName = shortened(fileName);
    this.sizeBytes = size;
    this.uploadedBy = uploadedBy;
    this.batchId = batchId;
    this.requisitionId = requisitionId;
    this.candidate = candidate;
    this.uploadedAt = now;
  }

  public void parsed(
      String type, String text, boolean needsOcr, Candidate person, Outcome result, Instant now) {
    mediaType = type;
    textContent = text;
    status = needsOcr ? Status.NEEDS_OCR : Status.PARSED;
    candidate = person;
    outcome = result;
    parsedAt = now;
    error = null;
  }

  public void failed(String type, String reason, Instant now) {
    mediaType = type;
    status = Status.FAILED;
    outcome = Outcome.FAILED;
    error = reason == null ? "unreadable" : reason.substring(0, Math.min(reason.length(), 1000));
    parsedAt = now;
  }

  /** Its person was erased: the original goes, and nothing of the file's name or text stays. */
  public void erase() {
    sha256 = "0".repeat(64);
    fileName = "erased";
    textContent = null;
    error = null;
  }

  public void moveTo(Candidate survivor) {
    candidate = survivor;
  }

  public boolean isQueued() {
    return status == Status.QUEUED;
  }

  public Long id() {
    return id;
  }

  public Candidate candidate() {
    return candidate;
  }

  public Long batchId() {
    return batchId;
  }

  public Long requisitionId() {
    return requisitionId;
  }

  public String sha256() {
    return sha256;
  }

  public String fileName() {
    return fileName;
  }

  public String mediaType() {
    return mediaType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public Status status() {
    return status;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String error() {
    return error;
  }

  public String textContent() {
    return textContent;
  }

  public String uploadedBy() {
    return uploadedBy;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public Instant parsedAt() {
    return parsedAt;
  }
}
