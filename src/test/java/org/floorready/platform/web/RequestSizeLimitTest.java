package org.floorready.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestSizeLimitTest {

  @Test
  void eachAddressGetsRoomForWhatItTakes() {
    RequestSizeLimit limit = new RequestSizeLimit();
    limit.maxResumeBytes = 10L << 20;
    limit.maxUploadBytes = 500L << 20;
    assertThat(limit.limitFor("/api/v1/floor-kpis/imports", "POST"))
        .isEqualTo((200L << 20) + RequestSizeLimit.FORM_OVERHEAD_BYTES);
    assertThat(limit.limitFor("/api/v1/floor-kpis", "POST")).isEqualTo(8L << 20);
    assertThat(limit.limitFor("/api/v1/uploads", "POST")).isEqualTo(500L << 20);
    assertThat(limit.limitFor("/api/v1/careers/jobs/x/applications", "POST"))
        .isEqualTo((10L << 20) + RequestSizeLimit.FORM_OVERHEAD_BYTES);
    assertThat(limit.limitFor("/api/v1/sources", "POST")).isEqualTo(1L << 20);
    assertThat(limit.limitFor("/api/v1/floor-kpis/imports", "GET")).isEqualTo(1L << 20);
  }
}
