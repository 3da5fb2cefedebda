package org.floorready.notification.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.floorready.platform.database.JsonArrays;

/**
 * A message in the outbox. Written in the same transaction as the change that caused it; the relay
 * sends it with retry and backoff and marks it SENT, after which it is never sent again.
 */
@Entity
@jakarta.persistence.Table(name = "outbox_message")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m.id from OutboxMessage m where m.status in :statuses and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt, m.id")
public class OutboxMessage {
  public static final String DUE = "OutboxMessage.due";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
  @SequenceGenerator(
      name = "outbox_message_seq",
      sequenceName = "outbox_message_seq",
      allocationSize = 50)
  private Long id;

  private Instant createdAt;
  private String recipients;
  private String subject;
  private String textBody;
  private String htmlBody;
  private String purpose;
  private String relatedType;
  private String relatedId;
  private Long templateId;

  @Enumerated(EnumType.STRING)
  private OutboxStatus status;

  private int attempts;
  private Instant nextAttemptAt;
  private String lastError;
  private Instant sentAt;

  @OneToMany(mappedBy = "message", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<OutboxAttachment> attachments = new ArrayList<>();

  @Version private long version;

  protected OutboxMessage() {}

  public OutboxMessage(MailMessage mail, Instant now) {
    this.createdAt = now;
    this.recipients = JsonArrays.write(mail.to());
    this.subject = mail.subject();
    this.textBody = mail.text();
    this.htmlBody = mail.html();
    this.purpose = mail.purpose();
    this.relatedType = mail.relatedType();
    this.relatedId = mail.relatedId();
    this.templateId = mail.templateId();
    this.status = OutboxStatus.QUEUED;
    this.nextAttemptAt = now;
    mail.attachments().forEach(a -> attachments.add(new OutboxAttachment(this, a)));
  }

  public boolean isDue(Instant now) {
    return (status == OutboxStatus.QUEUED || status == OutboxStatus.RETRYING)
        && !nextAttemptAt.isAfter(now);
  }

  public void markSent(Instant now) {
    status = OutboxStatus.SENT;
    sentAt = now;
    attempts++;
    lastError = null;
  }

  /** Exponential backoff: base, 2×base, 4×base … capped at one hour; gives up after maxAttempts. */
  public void markFailed(String error, Instant now, Duration base, int maxAttempts) {
    attempts++;
    lastError =
        error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= maxAttempts) {
      status = OutboxStatus.FAILED;
      return;
    }
    status = OutboxStatus.RETRYING;
    long factor = 1L << Math.min(attempts - 1, 20);
    Duration wait = base.multipliedBy(factor);
    nextAttemptAt = now.plus(wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait);
  }

  /**
   * The person it was about was erased: nothing of the mail stays readable. A message not sent yet
   * is not sent any more.
   */
  public void erase() {
    recipients = JsonArrays.write(java.util.List.of());
    subject = "(erased)";
    textBody = "";
    htmlBody = null;
    attachments.clear();
    if (status != OutboxStatus.SENT) {
      status = OutboxStatus.FAILED;
      lastError = "Its recipient was erased.";
    }
  }

  /** An admin queues a message that failed for good once more. */
  public void requeue(Instant now) {
    if (status == OutboxStatus.SENT) {
      throw new AlreadySent("This message was already sent; it is never sent twice.");
    }
    status = OutboxStatus.QUEUED;
    attempts = 0;
    nextAttemptAt = now;
  }

  public Long id() {
    return id;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public List<String> recipients() {
    return JsonArrays.strings(recipients);
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public String purpose() {
    return purpose;
  }

  public String relatedType() {
    return relatedType;
  }

  public String relatedId() {
    return relatedId;
  }

  public Long templateId() {
    return templateId;
  }

  public OutboxStatus status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public String lastError() {
    return lastError;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public List<OutboxAttachment> attachments() {
    return attachments;
  }
}
