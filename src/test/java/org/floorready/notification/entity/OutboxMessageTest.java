package org.floorready.notification.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.floorready.platform.Conflict;
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
  void aSentMessageIsNeverDueAgainAndCannotBeRequeued() {
    OutboxMessage message = message();
    assertThat(message.isDue(now)).isTrue();
    message.markSent(now);
    assertThat(message.isDue(now.plusSeconds(3600))).isFalse();
    assertThatThrownBy(() -> message.requeue(now)).isInstanceOf(Conflict.class);
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
