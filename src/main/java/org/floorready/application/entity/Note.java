package org.floorready.application.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.floorready.platform.database.JsonArrays;
import org.floorready.security.entity.Audited;

/**
 * A note of the hiring team on a person, optionally about one application; mentioned people are
 * emailed.
 */
@Entity
public class Note implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_seq")
  @SequenceGenerator(name = "note_seq", sequenceName = "note_seq", allocationSize = 50)
  private Long id;

  private Long candidateId;
  private Long applicationId;
  private String author;
  private String body;
  private String mentions;
  private Instant createdAt;

  protected Note() {}

  public Note(
      long candidateId,
      Long applicationId,
      String author,
      String body,
      List<String> mentioned,
      Instant now) {
    this.candidateId = candidateId;
    this.applicationId = applicationId;
    this.author = author;
    this.body = body.strip();
    this.mentions = mentioned.isEmpty() ? null : JsonArrays.write(mentioned);
    this.createdAt = now;
  }

  /** Merging people keeps every note on the surviving record. */
  public void moveTo(long survivorId) {
    this.candidateId = survivorId;
  }

  public Long id() {
    return id;
  }

  public Long candidateId() {
    return candidateId;
  }

  public Long applicationId() {
    return applicationId;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<String> mentions() {
    return JsonArrays.strings(mentions);
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("candidateId", candidateId);
    state.put("applicationId", applicationId);
    state.put("author", author);
    state.put("mentions", String.join(", ", mentions()));
    return state;
  }
}
