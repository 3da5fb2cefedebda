package org.floorready.notification.control;

import jakarta.activation.DataHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.time.Instant;
import java.util.Date;
import org.floorready.notification.entity.OutboxAttachment;
import org.floorready.notification.entity.OutboxMessage;

/**
 * Sends one outbox message over SMTP: text and HTML alternatives plus attachments; an iTIP calendar
 * attachment is also the third alternative (multipart/mixed holding multipart/alternative of text,
 * HTML and text/calendar with its method, then invite.ics), the structure calendars act on.
 */
@ApplicationScoped
public class SmtpSender {
  @Inject SmtpSettings settings;

  public void send(OutboxMessage message) throws MessagingException {
    MimeMessage mime = new MimeMessage(settings.session());
    mime.setFrom(new InternetAddress(settings.from()));
    mime.setRecipients(
        jakarta.mail.Message.RecipientType.TO,
        InternetAddress.parse(String.join(",", message.recipients())));
    mime.setSubject(message.subject(), "UTF-8");
    mime.setSentDate(Date.from(Instant.now()));
    mime.setHeader("X-FloorReady-Outbox-Id", String.valueOf(message.id()));

    MimeMultipart alternative = new MimeMultipart("alternative");
    MimeBodyPart text = new MimeBodyPart();
    text.setText(message.textBody(), "UTF-8");
    alternative.addBodyPart(text);
    if (message.htmlBody() != null) {
      MimeBodyPart html = new MimeBodyPart();
      html.setContent(message.htmlBody(), "text/html; charset=UTF-8");
      alternative.addBodyPart(html);
    }
    for (OutboxAttachment attachment : message.attachments()) {
      if (isCalendar(attachment)) {
        // an iTIP message is also the last alternative: what Gmail, Outlook and Apple Mail act on
        MimeBodyPart calendar = new MimeBodyPart();
        calendar.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        calendar.setHeader("Content-Type", attachment.contentType());
        alternative.addBodyPart(calendar);
      }
    }
    if (message.attachments().isEmpty()) {
      mime.setContent(alternative);
    } else {
      MimeMultipart mixed = new MimeMultipart("mixed");
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      mixed.addBodyPart(body);
      for (OutboxAttachment attachment : message.attachments()) {
        MimeBodyPart part = new MimeBodyPart();
        String type =
            isCalendar(attachment)
                ? "application/ics; name=\"" + attachment.fileName() + "\""
                : attachment.contentType();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), type)));
        part.setHeader("Content-Type", type);
        part.setFileName(attachment.fileName());
        mixed.addBodyPart(part);
      }
      mime.setContent(mixed);
    }
    mime.saveChanges();
    Transport.send(mime);
  }

  /** An iTIP message (text/calendar with a method) rather than a plain file. */
  static boolean isCalendar(OutboxAttachment attachment) {
    String type = attachment.contentType().toLowerCase(java.util.Locale.ROOT);
    return type.startsWith("text/calendar") && type.contains("method=");
  }
}
