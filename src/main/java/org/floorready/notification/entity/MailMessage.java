package org.floorready.notification.entity;

import java.util.List;

/**
 * A message a feature wants sent: recipients, subject, text and optional HTML body, attachments (an
 * .ics invite, say), and what it is about so it can show on that record's timeline.
 */
public record MailMessage(
    List<String> to,
    String subject,
    String text,
    String html,
    List<Attachment> attachments,
    String purpose,
    String relatedType,
    String relatedId,
    Long templateId) {

  /** A file sent with the message. */
  public record Attachment(String fileName, String contentType, byte[] content) {}

  public static MailMessage plain(String to, String subject, String text, String purpose) {
    return new MailMessage(List.of(to), subject, text, null, List.of(), purpose, null, null, null);
  }

  /** Remembers the template the message was written from, so the template shows what it sent. */
  public MailMessage fromTemplate(long id) {
    return new MailMessage(
        to, subject, text, html, attachments, purpose, relatedType, relatedId, id);
  }

  public MailMessage about(String type, String id) {
    return new MailMessage(to, subject, text, html, attachments, purpose, type, id, templateId);
  }

  public MailMessage withHtml(String htmlBody) {
    return new MailMessage(
        to, subject, text, htmlBody, attachments, purpose, relatedType, relatedId, templateId);
  }

  public MailMessage withAttachment(Attachment attachment) {
    var all = new java.util.ArrayList<>(attachments);
    all.add(attachment);
    return new MailMessage(
        to, subject, text, html, List.copyOf(all), purpose, relatedType, relatedId, templateId);
  }
}
