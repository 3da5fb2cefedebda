package org.floorready.application.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplyRateLimitTest {
  @Test
  void limitsApplicationsPerAddressWithinTheWindow() {
    ApplyRateLimit limit = new ApplyRateLimit();
    limit.max = 3;
    Instant now = Instant.parse("2026-11-26T10:00:00Z");
    for (int i = 0; i < 3; i++) {
      limit.check("10.0.0.1", now);
    }
    assertThatThrownBy(() -> limit.check("10.0.0.1", now))
        .isInstanceOf(ApplyRateLimit.TooManyApplications.class);
    assertThatCode(() -> limit.check("10.0.0.2", now)).doesNotThrowAnyException();
    assertThatCode(() -> limit.check("10.0.0.1", now.plus(ApplyRateLimit.WINDOW).plusSeconds(1)))
        .doesNotThrowAnyException();
  }

  @Test
  void behindAProxyTheAddressItSawCountsNotOneTheClientWrote() {
    ApplyRateLimit limit = new ApplyRateLimit();
    Map<String, String> headers = Map.of("X-Forwarded-For", "1.2.3.4, 203.0.113.9");
    assertThat(limit.clientAddress("10.0.0.5", headers::get))
        .as("no header configured")
        .isEqualTo("10.0.0.5");

    limit.addressHeader = "X-Forwarded-For";
    assertThat(limit.clientAddress("10.0.0.5", headers::get)).isEqualTo("203.0.113.9");
    assertThat(limit.clientAddress("10.0.0.5", name -> null)).isEqualTo("10.0.0.5");
  }
}
