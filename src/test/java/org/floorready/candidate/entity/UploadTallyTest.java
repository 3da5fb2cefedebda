package org.floorready.candidate.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.floorready.candidate.entity.ResumeDocument.Outcome;
import org.junit.jupiter.api.Test;

class UploadTallyTest {
  @Test
  void countsEachOutcomeAndRunsWhileAFileIsQueued() {
    UploadTally tally =
        UploadTally.none()
            .plus(Outcome.CREATED, 3)
            .plus(Outcome.MATCHED, 2)
            .plus(Outcome.POSSIBLE_DUPLICATE, 1)
            .plus(Outcome.FAILED, 4)
            .plus(null, 5);
    assertThat(tally).isEqualTo(new UploadTally(3, 2, 1, 4, 5));
    assertThat(tally.running()).isTrue();
    assertThat(UploadTally.none().plus(Outcome.FAILED, 1).running()).isFalse();
  }
}
