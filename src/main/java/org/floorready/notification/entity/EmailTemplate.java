package org.floorready.notification.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * A reusable email with placeholders ({@code {{candidateFirstName}}} …) that admins maintain per
 * purpose. An inactive template is kept (messages sent from it still point to it) but not offered.
 */
@Entity
@Table(name = "email_template")
public class EmailTemplate implements Audited {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_template_seq")
  @SequenceGenerator(
      name = "email_template_seq",
      sequenceName = "email_template_seq",
      allocationSize = 50)
  private Long id;

  @Enumerated(EnumType.STRING)
  private TemplatePurpose purpose;

  private String name;
  private String subject;
  private String body;
  private boolean active;
  private String updatedBy;
  private Instant updatedAt;
  @Version private long version;

  protected EmailTemplate() {}

  public EmailTemplate(
      TemplatePurpose purpose, String name, String subject, String body, String by, Instant now) {
    this.purpose = purpose;
    this.active = true;
    edit(name, subject, body, true, by, now);
  }

  public void edit(
      String newName, String newSubject, String newBody, boolean isActive, String by, Instant now) {
    this.name = newName.strip();
    this.subject = newSubject.strip();
    this.body = newBody.strip();
    this.active = isActive;
    this.updatedBy = by;
    this.updatedAt = now;
  }

  public void changePurpose(TemplatePurpose newPurpose) {
    this.purpose = newPurpose;
  }

  @Override
  public String auditId() {
    return String.valueOf(id);
  }

  @Override
  public Map<String, Object> auditState() {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("purpose", purpose == null ? null : purpose.name());
    state.put("name", name);
    state.put("subject", subject);
    state.put("body", body);
    state.put("active", active);
    return state;
  }

  public Long id() {
    return id;
  }

  public TemplatePurpose purpose() {
    return purpose;
  }

  public String name() {
    return name;
  }

  public String subject() {
    return subject;
  }

  public String body() {
    return body;
  }

  public boolean active() {
    return active;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
