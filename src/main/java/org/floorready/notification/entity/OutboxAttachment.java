package org.floorready.notification.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/** A file stored with an outbox message. */
@Entity
@jakarta.persistence.Table(name = "outbox_attachment")
public class OutboxAttachment {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_attachment_seq")
  @SequenceGenerator(
      name = "outbox_attachment_seq",
      sequenceName = "outbox_attachment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "message_id")
  private OutboxMessage message;

  private String fileName;
  private String contentType;

  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  protected OutboxAttachment() {}

  OutboxAttachment(OutboxMessage message, MailMessage.Attachment attachment) {
    this.message = message;
    this.fileName = attachment.fileName();
    this.contentType = attachment.contentType();
    this.content = attachment.content();
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public byte[] content() {
    return content;
  }
}
