package org.floorready.security.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private final Instant now = Instant.parse("2026-11-26T10:00:00Z");

  @Test
  void locksAfterTheMaximumFailuresInARowAndUnlocksLater() {
    LoginThrottle throttle = new LoginThrottle("a@example.com");
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(now, 5, Duration.ofMinutes(15));
    }
    assertThat(throttle.lockedAt(now)).isFalse();
    throttle.recordFailure(now, 5, Duration.ofMinutes(15));
    assertThat(throttle.lockedAt(now.plusSeconds(60))).isTrue();
    assertThat(throttle.lockedAt(now.plus(Duration.ofMinutes(16)))).isFalse();
  }
}
