package org.floorready.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {
  private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

  private OutboxMessage message() {
    return new OutboxMessage(MailMessage.plain("a@example.com", "Hi", "Hello", "test"), now);
  }

  @Test
  void failuresBackOffExponentiallyAndGiveUpAfterTheMaximum() {
    OutboxMessage message = message();
    message.markFailed("refused", now, Duration.ofSeconds(30), 3);
    assertThat(message.status()).isEqualTo(OutboxStatus.RETRYING);
    assertThat(message.nextAttemptAt()).isEqualTo(now.plusSeconds(30));
    assertThat(message.isDue(now.plusSeconds(29))).isFalse();
    message.markFailed("refused", now, Duration.ofSeconds(30), 3);
    assertThat(message.nextAttemptAt()).isEqualTo(now.plusSeconds(60));
    message.markFailed("refused", now, Duration.ofSeconds(30), 3);
    assertThat(message.status()).isEqualTo(OutboxStatus.FAILED);
    assertThat(message.isDue(now.plusSeconds(3600))).isFalse();
  }

  @Test
  void attachmentsTravelWithTheMessage() {
    byte[] invite = "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    OutboxMessage message =
        new OutboxMessage(
            MailMessage.plain("a@example.com", "Invite", "See invite", "test")
                .withAttachment(new MailMessage.Attachment("invite.ics", "text/calendar", invite)),
            now);

    assertThat(message.attachments())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.fileName()).isEqualTo("invite.ics");
              assertThat(a.contentType()).isEqualTo("text/calendar");
              assertThat(a.content()).isEqualTo(invite);
            });
  }

  @Test
  void aSentMessageIsNeverDueAgainAndCannotBeRequeued() {
    OutboxMessage message = message();
    assertThat(message.isDue(now)).isTrue();
    message.markSent(now);
    assertThat(message.isDue(now.plusSeconds(3600))).isFalse();
    assertThatThrownBy(() -> message.requeue(now)).isInstanceOf(AlreadySent.class);
  }

  @Test
  void backoffIsCappedAtAnHour() {
    OutboxMessage message = message();
    for (int i = 0; i < 10; i++) {
      message.markFailed("down", now, Duration.ofMinutes(5), 20);
    }
    assertThat(message.nextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
  }
}
