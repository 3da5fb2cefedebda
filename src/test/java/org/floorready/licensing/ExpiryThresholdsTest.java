package org.floorready.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.floorready.licensing.control.Deadline;
import org.floorready.licensing.control.ExpiryThresholds;
import org.junit.jupiter.api.Test;

class ExpiryThresholdsTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final List<Integer> DAYS = ExpiryThresholds.parse("60, 30,7,,x,-1");

  @Test
  void thresholdsAreReadHighestFirstIgnoringJunk() {
    assertThat(DAYS).containsExactly(60, 30, 7);
  }

  @Test
  void theTightestThresholdReachedIsDueAndNothingBefore() {
    assertThat(ExpiryThresholds.due(TODAY.plusDays(61), TODAY, DAYS)).isEmpty();
    assertThat(ExpiryThresholds.due(TODAY.plusDays(60), TODAY, DAYS)).hasValue(60);
    assertThat(ExpiryThresholds.due(TODAY.plusDays(31), TODAY, DAYS)).hasValue(60);
    assertThat(ExpiryThresholds.due(TODAY.plusDays(30), TODAY, DAYS)).hasValue(30);
    // a job that did not run for weeks sends the 7-day reminder, not the ones it missed
    assertThat(ExpiryThresholds.due(TODAY.plusDays(5), TODAY, DAYS)).hasValue(7);
  }

  @Test
  void expiredIsThresholdZeroAndNoExpiryIsNothing() {
    assertThat(ExpiryThresholds.due(TODAY, TODAY, DAYS)).hasValue(0);
    assertThat(ExpiryThresholds.due(TODAY.minusDays(3), TODAY, DAYS)).hasValue(0);
    assertThat(ExpiryThresholds.due(null, TODAY, DAYS)).isEmpty();
  }

  @Test
  void aDeadlineIsAtRiskAWeekAheadOrLateUntilTheResidentLicenseIsIssued() {
    LocalDate hired = TODAY.minusDays(25);
    assertThat(Deadline.of(null, hired, null, TODAY)).isNull();
    Deadline near = Deadline.of(30, hired, null, TODAY);
    assertThat(near.dueOn()).isEqualTo(TODAY.plusDays(5));
    assertThat(near.daysLeft()).isEqualTo(5);
    assertThat(near.atRisk()).isTrue();
    assertThat(Deadline.of(60, hired, null, TODAY).atRisk()).isFalse();
    Deadline late = Deadline.of(20, hired, null, TODAY);
    assertThat(late.daysLeft()).isEqualTo(-5);
    assertThat(late.atRisk()).isTrue();
    Deadline met = Deadline.of(20, hired, TODAY.minusDays(6), TODAY);
    assertThat(met.met()).isTrue();
    assertThat(met.atRisk()).isFalse();
    assertThat(Deadline.of(20, hired, TODAY, TODAY).met()).isFalse();
  }
}
