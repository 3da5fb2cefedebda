package org.floorready.security.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;

/** One create, update or delete of a business record: who, when, which record, what changed. */
@Entity
@jakarta.persistence.Table(name = "audit_entry")
public class AuditEntry {
  /** What happened to the record. */
  public enum Action {
    CREATE,
    UPDATE,
    DELETE,
    /** Personal data was looked at (candidate profiles, resumes). */
    READ
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
  @SequenceGenerator(
      name = "audit_entry_seq",
      sequenceName = "audit_entry_seq",
      allocationSize = 50)
  private Long id;

  private Instant at;
  private String actor;
  private String entityType;
  private String entityId;

  @Enumerated(EnumType.STRING)
  private Action action;

  private String summary;
  private String changes;

  protected AuditEntry() {}

  public AuditEntry(
      String actor,
      String entityType,
      String entityId,
      Action action,
      String summary,
      String changes) {
    this.at = Instant.now();
    this.actor = actor;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.summary = summary;
    this.changes = changes;
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

  public String entityType() {
    return entityType;
  }

  public String entityId() {
    return entityId;
  }

  public Action action() {
    return action;
  }

  public String summary() {
    return summary;
  }

  /** JSON object: field name to {"old": ..., "new": ...}. */
  public String changes() {
    return changes;
  }
}
