package org.floorready.application.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

  @Test
  void neverLessThanAYear() {
    assertThat(RetentionPeriod.of(6)).isEqualTo(new RetentionPeriod(12, true));
    assertThat(RetentionPeriod.of(0).months()).isEqualTo(12);
    assertThat(RetentionPeriod.of(36)).isEqualTo(new RetentionPeriod(36, false));
  }

  @Test
  void theCutOffIsTheRetentionPeriodBeforeNow() {
    ZonedDateTime now = ZonedDateTime.parse("2026-12-04T10:00:00Z");
    assertThat(RetentionPeriod.of(24).cutoff(now))
        .isEqualTo(ZonedDateTime.parse("2024-12-04T10:00:00Z"));
    assertThat(RetentionPeriod.of(3).cutoff(now))
        .isEqualTo(ZonedDateTime.parse("2025-12-04T10:00:00Z"));
  }
}
