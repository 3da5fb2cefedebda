package org.floorready.notification.boundary;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.floorready.notification.entity.OutboxMessage;
import org.floorready.notification.entity.OutboxStatus;
import org.floorready.platform.Page;

/** The outbox as the API shows it. */
public final class OutboxView {
  private OutboxView() {}

  /** A page of messages, and whether SMTP is configured at all (if not, nothing is sent). */
  public record Listing(boolean smtpConfigured, Page<Item> messages) {}

  /** One line of the outbox list. */
  @Schema(name = "OutboxMessageItem")
  public record Item(
      long id,
      Instant createdAt,
      List<String> to,
      String subject,
      String purpose,
      OutboxStatus status,
      int attempts,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError) {
    static Item of(OutboxMessage m) {
      return new Item(
          m.id(),
          m.createdAt(),
          m.recipients(),
          m.subject(),
          m.purpose(),
          m.status(),
          m.attempts(),
          m.nextAttemptAt(),
          m.sentAt(),
          m.lastError());
    }
  }

  /** A whole message. */
  @Schema(name = "OutboxMessageDetail")
  public record Detail(
      Item summary,
      String text,
      String html,
      List<String> attachments,
      String relatedType,
      String relatedId) {
    static Detail of(OutboxMessage m) {
      return new Detail(
          Item.of(m),
          m.textBody(),
          m.htmlBody(),
          m.attachments().stream().map(a -> a.fileName() + " (" + a.contentType() + ")").toList(),
          m.relatedType(),
          m.relatedId());
    }
  }
}
